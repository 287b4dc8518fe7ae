using MAB.DotIgnore;

namespace Lint.Workspace.Input;

/// <summary>
/// The files under a folder that a run may lint, as every front end finds them: hidden files and folders,
/// dependency and vendor folders (<see cref="SkippedFolders"/>), what the <c>.gitignore</c> files of the
/// repository say to ignore (those from the repository's root down, each for its own folder, read by
/// MAB.DotIgnore), and linked folders (a link loop would never end) are skipped.
/// </summary>
public static class FolderWalk
{
    /// <summary>Folders of other people's files, never articles: package managers' and vendored code.</summary>
    public static readonly IReadOnlySet<string> SkippedFolders = new HashSet<string>(StringComparer.Ordinal)
    {
        "node_modules", "bower_components", "jspm_packages", "vendor", "third_party",
    };

    private static readonly EnumerationOptions OneLevel = new() { AttributesToSkip = FileAttributes.Hidden, IgnoreInaccessible = true };

    /// <summary>
    /// The files under <paramref name="folder"/>. A folder the repository ignores, or one inside an ignored folder
    /// (<c>bench/out/run-1</c> with <c>bench/out/</c> ignored), was named on purpose: the ignore files above it
    /// do not apply, as <c>rg</c> searches a folder it is given; those inside it still do.
    /// </summary>
    public static IEnumerable<string> Files(string folder)
    {
        var full = Path.GetFullPath(folder);
        var above = Above(full);
        return Walk(full, IsIgnored(full, above) ? [] : above);
    }

    private static bool IsIgnored(string folder, List<Ignores> above)
    {
        for (var path = folder; path is not null; path = Path.GetDirectoryName(path))
        {
            if (above.Any(i => path.Length > i.Folder.Length && path.StartsWith(i.Folder, StringComparison.Ordinal) && i.Ignore(path, isFolder: true)))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<string> Walk(string folder, IReadOnlyList<Ignores> ignores)
    {
        if (Ignores.Read(folder) is { } here)
        {
            ignores = [.. ignores, here];
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*", OneLevel))
        {
            if (!ignores.Any(i => i.Ignore(file, isFolder: false)))
            {
                yield return file;
            }
        }

        foreach (var child in Directory.EnumerateDirectories(folder, "*", OneLevel))
        {
            var info = new DirectoryInfo(child);
            if (info.LinkTarget is not null || SkippedFolders.Contains(info.Name) || ignores.Any(i => i.Ignore(child, isFolder: true)))
            {
                continue;
            }

            foreach (var file in Walk(child, ignores))
            {
                yield return file;
            }
        }
    }

    /// <summary>The .gitignore files of the folders above <paramref name="folder"/>, up to its repository's root (none outside a repository).</summary>
    private static List<Ignores> Above(string folder)
    {
        var above = new List<Ignores>();
        for (var parent = Path.GetDirectoryName(folder); parent is not null; parent = Path.GetDirectoryName(parent))
        {
            if (Ignores.Read(parent) is { } ignores)
            {
                above.Insert(0, ignores);
            }

            if (Directory.Exists(Path.Combine(parent, ".git")) || File.Exists(Path.Combine(parent, ".git")))
            {
                return above;
            }
        }

        return [];
    }

    private sealed record Ignores(string Folder, IgnoreList List)
    {
        public static Ignores? Read(string folder)
        {
            var path = Path.Combine(folder, ".gitignore");
            try
            {
                return File.Exists(path) ? new Ignores(folder, new IgnoreList(path)) : null;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return null;
            }
        }

        public bool Ignore(string path, bool isFolder) =>
            List.IsIgnored(Path.GetRelativePath(Folder, path).Replace('\\', '/'), isFolder);
    }
}
