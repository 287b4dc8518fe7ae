using System.Buffers;
using Microsoft.Win32.SafeHandles;
using Mono.Unix;
using Mono.Unix.Native;

namespace Lint.Workspace.Input;

/// <summary>
/// Reads a file that someone else may have put there (an article, a rule file, a configuration) without
/// letting it hang or exhaust the run: it is opened without waiting (a named pipe would block an ordinary
/// open until a writer came), refused unless it is a regular file (a FIFO, a device such as
/// <c>/dev/zero</c>, a socket), and read only up to its limit, whatever length it claims. A link is followed
/// to what it points at; a dangling link or a link loop is refused with a message.
/// </summary>
public static class BoundedFile
{
    // The most room made ahead for a file's stated length; past it the buffer grows as the file is read.
    private const long MaxPresized = 64 * 1024 * 1024;

    // How much is read at a time: past the limit by no more than this (the pool may lend a larger buffer).
    private const int ChunkSize = 81920;

    /// <summary>The bytes of <paramref name="path"/>; <see cref="RefusedFileException"/> when it is not a regular file or has more than <paramref name="maxBytes"/>.</summary>
    public static byte[] Read(string path, long maxBytes)
    {
        using var stream = Open(path);
        return ReadAll(stream, maxBytes);
    }

    /// <summary>
    /// The text of <paramref name="path"/> (UTF-8, or the encoding its byte order mark names), read as
    /// <see cref="Read"/> reads: the one way Lint reads a rule, configuration or word-list file.
    /// </summary>
    public static string ReadText(string path, long maxBytes) => Decode(Read(path, maxBytes));

    /// <summary>The text of <paramref name="stream"/> (an entry of a zip file), read up to <paramref name="maxBytes"/> as <see cref="ReadText(string, long)"/> reads a file.</summary>
    public static string ReadText(Stream stream, long maxBytes) => Decode(ReadAll(stream, maxBytes));

    /// <summary>Opens <paramref name="path"/> for reading if it is a regular file.</summary>
    public static FileStream Open(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        }

        var fd = Syscall.open(path, OpenFlags.O_RDONLY | OpenFlags.O_NONBLOCK | OpenFlags.O_CLOEXEC);
        if (fd < 0)
        {
            throw Failure(path, Stdlib.GetLastError());
        }

        var handle = new SafeFileHandle(fd, ownsHandle: true);
        try
        {
            if (Syscall.fstat(fd, out var stat) != 0)
            {
                throw Failure(path, Stdlib.GetLastError());
            }

            if (Describe(stat.st_mode) is { } what)
            {
                throw new RefusedFileException($"is {what}, not a file");
            }

            return new FileStream(handle, FileAccess.Read, bufferSize: 0);
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    /// <summary>Reads <paramref name="stream"/> to its end, or refuses it once it has given more than <paramref name="maxBytes"/>.</summary>
    public static byte[] ReadAll(Stream stream, long maxBytes)
    {
        // A file says how long it is: room for that much (within the limit) saves growing and copying, and a
        // run that reads a hundred rule files does not allocate a fresh chunk for each.
        var expected = stream.CanSeek ? Math.Min(stream.Length, Math.Min(maxBytes, MaxPresized)) : 0;
        using var buffer = new MemoryStream((int)expected);
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            int read;
            while ((read = stream.Read(chunk, 0, ChunkSize)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    throw new FileTooLargeException(maxBytes);
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.Length == buffer.Capacity ? buffer.GetBuffer() : buffer.ToArray();
    }

    private static string Decode(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    /// <summary>What a file that is not a regular file is, in words; null for a regular file.</summary>
    private static string? Describe(FilePermissions mode) => (mode & FilePermissions.S_IFMT) switch
    {
        FilePermissions.S_IFREG => null,
        FilePermissions.S_IFDIR => "a folder",
        FilePermissions.S_IFIFO => "a named pipe (FIFO)",
        FilePermissions.S_IFCHR or FilePermissions.S_IFBLK => "a device",
        FilePermissions.S_IFSOCK => "a socket",
        _ => "a special file",
    };

    private static IOException Failure(string path, Errno errno) => errno switch
    {
        Errno.ELOOP => new RefusedFileException("is a link that goes round in a circle"),
        Errno.ENOENT when new UnixSymbolicLinkInfo(path).IsSymbolicLink => new RefusedFileException("is a link to nothing (its target does not exist)"),
        Errno.ENOENT => new FileNotFoundException("No such file.", path),
        Errno.EACCES or Errno.EPERM => new RefusedFileException("could not be read: permission denied"),
        _ => new RefusedFileException($"could not be read: {UnixMarshal.GetErrorDescription(errno)}"),
    };
}
