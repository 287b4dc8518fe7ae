using MAB.DotIgnore;

namespace Lint.Workspace.Input;

/// <summary>
/// The files under a folder that a run may lint, as every front end finds them: hidden files and folders,
/// dependency and vendor folders (<see cref="SkippedFolders"/>), what the <c>.gitignore</c> files of the
/// repository say to ignore (those from the repository's root down, each for its own folder, read by
/// MAB.DotIgnore), and linked folders (a link loop would never end) are skipped. A linked file is followed
/// only to a file inside the folder walked; a folder that cannot be read and a link to a file outside are
/// reported (when the caller asks) and the rest is still walked.
/// </summary>
public static class FolderWalk
{
    /// <summary>Folders of other people's files, never articles: package managers' and vendored code.</summary>
    public static readonly IReadOnlySet<string> SkippedFolders = new HashSet<string>(StringComparer.Ordinal)
    {
        "node_modules", "bower_components", "jspm_packages", "vendor", "third_party",
    };

    private static readonly EnumerationOptions OneLevel = new() { AttributesToSkip = FileAttributes.Hidden, IgnoreInaccessible = false };

    /// <summary>
    /// The files under <paramref name="folder"/>. A folder the repository ignores, or one inside an ignored folder
    /// (<c>bench/out/run-1</c> with <c>bench/out/</c> ignored), was named on purpose: the ignore files above it
    /// do not apply, as <c>rg</c> searches a folder it is given; those inside it still do.
    /// </summary>
    public static IEnumerable<string> Files(string folder) => Files(folder, []);

    /// <summary>The files under <paramref name="folder"/>; the folders that could not be read and the links that lead outside it are added to <paramref name="errors"/>.</summary>
    public static IEnumerable<string> Files(string folder, List<InputError> errors)
    {
        var full = Path.GetFullPath(folder);
        var above = Above(full);
        var root = RealPath.Of(full);
        return Walk(full, IsIgnored(full, above) ? [] : above, file => Inside(file, root, errors), errors);
    }

    /// <summary>Whether <paramref name="file"/> is a plain file or a link to one inside <paramref name="root"/>; a link elsewhere is reported.</summary>
    private static bool Inside(string file, string root, List<InputError> errors)
    {
        if (new FileInfo(file).LinkTarget is null)
        {
            return true;
        }

        var target = RealPath.Of(file);
        if (RealPath.IsInside(target, root))
        {
            return true;
        }

        if (ArticleFinder.Extensions.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase))
        {
            errors.Add(new InputError(ArticleReader.DisplayPath(file), "is a link to a file outside the folder being linted; skipped."));
        }

        return false;
    }

    /// <summary>The entries of one folder, or none (with an error) when it cannot be read.</summary>
    private static List<string> List(string folder, bool files, List<InputError> errors)
    {
        try
        {
            return files ? [.. Directory.EnumerateFiles(folder, "*", OneLevel)] : [.. Directory.EnumerateDirectories(folder, "*", OneLevel)];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            if (files)
            {
                errors.Add(new InputError(ArticleReader.DisplayPath(folder), "is a folder that could not be read; the articles in it were not linted."));
            }

            return [];
        }
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

    private static IEnumerable<string> Walk(string folder, IReadOnlyList<Ignores> ignores, Func<string, bool> follow, List<InputError> errors)
    {
        if (Ignores.Read(folder) is { } here)
        {
            ignores = [.. ignores, here];
        }

        foreach (var file in List(folder, files: true, errors))
        {
            if (!ignores.Any(i => i.Ignore(file, isFolder: false)) && follow(file))
            {
                yield return file;
            }
        }

        foreach (var child in List(folder, files: false, errors))
        {
            var info = new DirectoryInfo(child);
            if (info.LinkTarget is not null || SkippedFolders.Contains(info.Name) || ignores.Any(i => i.Ignore(child, isFolder: true)))
            {
                continue;
            }

            foreach (var file in Walk(child, ignores, follow, errors))
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
