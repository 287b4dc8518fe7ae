using System.Security.Cryptography;
using Lint.Workspace.Input;

namespace Lint.Cli.Fixing;

/// <summary>
/// A file as it was read: its length, last-write time and a SHA-256 of its bytes. Taken again just
/// before a fixed file replaces it, it tells whether someone else changed the file in between.
/// </summary>
public sealed record FileSnapshot(long Length, DateTime LastWriteTimeUtc, string Sha256)
{
    /// <summary>
    /// Reads the file and describes it; the last-write time is taken before the bytes, so a write during the
    /// read shows as a change later. Through a symbolic link it describes the file the link points to (the
    /// link's own time would differ from it, and the file is what a fix replaces).
    /// </summary>
    public static FileSnapshot Read(string path, out byte[] bytes)
    {
        var file = new FileInfo(path);
        var lastWrite = (file.LinkTarget is null ? file : file.ResolveLinkTarget(returnFinalTarget: true) ?? file).LastWriteTimeUtc;
        bytes = BoundedFile.Read(path, ArticleDecoder.MaxBytes); // a FIFO or a link to /dev/zero is refused, not read for ever
        return new FileSnapshot(bytes.Length, lastWrite, Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }

    /// <summary>Describes the file as it is now.</summary>
    public static FileSnapshot Take(string path) => Read(path, out _);
}
