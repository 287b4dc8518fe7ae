namespace Lint.Workspace.Input;

/// <summary>A file with more bytes than its limit allows; it was not read past the limit.</summary>
public sealed class FileTooLargeException(long maxBytes) : RefusedFileException($"has more than the {Megabytes(maxBytes)} a file of this kind may have")
{
    public long MaxBytes { get; } = maxBytes;

    /// <summary>A limit in words: "16 MB", or bytes when under one.</summary>
    public static string Megabytes(long bytes) => bytes >= 1024 * 1024 ? $"{bytes / (1024 * 1024):N0} MB" : $"{bytes:N0} bytes";
}
