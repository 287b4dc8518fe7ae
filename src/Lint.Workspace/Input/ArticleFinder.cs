namespace Lint.Workspace.Input;

/// <summary>
/// Expands the paths given on the command line into article files: a file as it is, a directory
/// recursively (articles by extension, or those <paramref name="associated"/> says are read as another format;
/// hidden, vendor and .gitignore'd files skipped: <see cref="FolderWalk"/>), in a stable order.
/// </summary>
public static class ArticleFinder
{
    public static IReadOnlyList<string> Extensions => Formats.DocumentFormats.Extensions;

    public static IReadOnlyList<string> Find(IEnumerable<string> paths, List<InputError> errors, Func<string, bool>? associated = null)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(Path.GetFullPath(path));
            }
            else if (Directory.Exists(path))
            {
                files.AddRange(FolderWalk.Files(path, errors)
                    .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase) || (associated?.Invoke(f) ?? false))
                    .Select(Path.GetFullPath));
            }
            else
            {
                errors.Add(new InputError(path, "No such file or directory."));
            }
        }

        return files.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }
}
