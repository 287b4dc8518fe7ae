namespace Lint.Workspace.Input;

/// <summary>
/// A path with every symbolic link along it resolved, as <c>realpath</c> gives it, so that "is this inside
/// that folder" cannot be fooled by a link. Mono.Unix's <c>UnixPath.GetRealPath</c> never returns on some
/// paths, so this walks the components itself, following at most <see cref="MaxLinks"/> links.
/// </summary>
public static class RealPath
{
    public const int MaxLinks = 40;

    /// <summary>The real path of <paramref name="path"/> (the parts that do not exist kept as they are); the full path itself when a link loops.</summary>
    public static string Of(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? "/";
        var parts = new Queue<string>(full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries));
        var current = root;
        var links = 0;
        while (parts.TryDequeue(out var part))
        {
            var next = Path.Combine(current, part);
            string? target;
            try
            {
                target = new FileInfo(next).LinkTarget;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                target = null;
            }

            if (target is null)
            {
                current = next;
                continue;
            }

            if (++links > MaxLinks)
            {
                return full;
            }

            var resolved = Path.GetFullPath(target, current);
            parts = new Queue<string>(resolved[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Concat(parts));
            current = root;
        }

        return current;
    }

    /// <summary>Whether <paramref name="path"/> is <paramref name="folder"/> or inside it, both real paths.</summary>
    public static bool IsInside(string path, string folder) =>
        path == folder || path.StartsWith(folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
