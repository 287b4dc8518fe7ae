using System.Buffers;

namespace Lint.LanguageServer.Transport;

/// <summary>
/// What <see cref="LspFrameReader"/> read: a message body (<see cref="Body"/>, to be released once it is
/// deserialized), a header block that was skipped (<see cref="Problem"/> says why), or the end of the
/// stream (<see cref="IsEnd"/>, with a <see cref="Problem"/> when it ended in the middle of a message).
/// </summary>
public readonly record struct LspFrame(ReadOnlySequence<byte> Body, string? Problem, bool IsEnd)
{
    public bool IsMessage => !IsEnd && Problem is null;

    public static LspFrame Message(ReadOnlySequence<byte> body) => new(body, null, false);

    public static LspFrame Skipped(string problem) => new(default, problem, false);

    public static LspFrame End(string? problem = null) => new(default, problem, true);
}
