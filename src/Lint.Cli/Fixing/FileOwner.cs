using Mono.Unix.Native;

namespace Lint.Cli.Fixing;

/// <summary>Who owns a file and how many names it has, and giving a new file the same owner and group (Unix only; nothing on Windows).</summary>
public sealed record FileOwner(long UserId, long GroupId, long Links)
{
    public static FileOwner? Of(string path) =>
        !OperatingSystem.IsWindows() && Syscall.stat(path, out var stat) == 0 ? new FileOwner(stat.st_uid, stat.st_gid, (long)stat.st_nlink) : null;

    /// <summary>Gives <paramref name="to"/> the owner and group of <paramref name="from"/>; false when they differ and cannot be given.</summary>
    public static bool CopyOwner(string from, string to)
    {
        if (Of(from) is not { } owner || Of(to) is not { } now || (owner.UserId == now.UserId && owner.GroupId == now.GroupId))
        {
            return true;
        }

        return Syscall.chown(to, (int)owner.UserId, (int)owner.GroupId) == 0;
    }
}
