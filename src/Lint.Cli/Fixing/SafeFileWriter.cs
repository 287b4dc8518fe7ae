namespace Lint.Cli.Fixing;

/// <summary>
/// Replaces a file without ever leaving it half written: the new bytes go to a temporary file in the same
/// folder, are flushed to disk, take the original's permissions, and are renamed over the original in one
/// step, unless the original changed on disk since it was read (length, last-write time or content) or
/// is read-only. On any failure the temporary file is removed and the original is untouched. A symbolic
/// link is followed, so the file it points to is replaced and the link stays a link. The replacement keeps
/// the original's mode, owner and group (a run as root no longer hands a fixed file to root); a file with
/// other names (hard links) is refused, since renaming over one name would leave the others with the old
/// text, and so is one whose owner and group the run cannot give to the replacement.
/// </summary>
public sealed class SafeFileWriter(Func<string, Stream>? openTemporary = null)
{
    private readonly Func<string, Stream> _openTemporary = openTemporary ?? OpenTemporary;

    /// <summary>Writes <paramref name="content"/> over <paramref name="path"/> if the file still matches <paramref name="expected"/>. I/O errors are thrown.</summary>
    public WriteOutcome Write(string path, ReadOnlySpan<byte> content, FileSnapshot expected)
    {
        ArgumentNullException.ThrowIfNull(expected);
        var target = Target(path);
        if (IsReadOnly(target))
        {
            return WriteOutcome.ReadOnly;
        }

        if (FileOwner.Of(target) is { Links: > 1 })
        {
            return WriteOutcome.HardLinked;
        }

        var temporary = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.lint-tmp");
        var renamed = false;
        try
        {
            using (var stream = _openTemporary(temporary))
            {
                CopyPermissions(target, temporary); // before the content, so it is never readable by more people than the original
                if (!FileOwner.CopyOwner(target, temporary))
                {
                    return WriteOutcome.OwnerWouldChange;
                }

                stream.Write(content);
                if (stream is FileStream file)
                {
                    file.Flush(flushToDisk: true);
                }
                else
                {
                    stream.Flush();
                }
            }

            if (FileSnapshot.Take(target) != expected)
            {
                return WriteOutcome.ChangedOnDisk;
            }

            File.Move(temporary, target, overwrite: true);
            renamed = true;
            return WriteOutcome.Written;
        }
        finally
        {
            if (!renamed)
            {
                DeleteQuietly(temporary);
            }
        }
    }

    private static void DeleteQuietly(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The write already failed or was refused, and that is what gets reported; a left-over
            // temporary file is hidden and never read as an article.
        }
    }

    private static Stream OpenTemporary(string path) =>
        new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1, FileOptions.None);

    private static string Target(string path)
    {
        var full = Path.GetFullPath(path);
        return File.ResolveLinkTarget(full, returnFinalTarget: true)?.FullName ?? full;
    }

    private static bool IsReadOnly(string path) =>
        OperatingSystem.IsWindows()
            ? File.GetAttributes(path).HasFlag(FileAttributes.ReadOnly)
            : !File.GetUnixFileMode(path).HasFlag(UnixFileMode.UserWrite);

    private static void CopyPermissions(string from, string to)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(to, File.GetUnixFileMode(from));
        }
    }
}
