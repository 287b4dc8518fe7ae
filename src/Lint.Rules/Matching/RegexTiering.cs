namespace Lint.Rules.Matching;

/// <summary>
/// When a process pays to compile a rule's regexes to IL. Every regex starts interpreted, which is cheap to
/// build; compiling one costs the JIT several milliseconds and keeps its code in memory for the life of the
/// process, and pays back only over many searches. A process that stays up (an editor's language server,
/// <c>lint serve</c>) re-lints the same stories for hours, so it compiles the patterns that run everywhere
/// as they load and any other once it has served <see cref="UsesBeforeCompiling"/> searches. A command that
/// lints a folder and exits pays the compiling before it has read a story: it keeps every pattern
/// interpreted until one has served tens of thousands of searches, which only a long archive run reaches.
/// Rules take the tiering in force when they load (<see cref="Current"/>).
/// </summary>
/// <param name="CompileAtLoad">Whether the patterns that run over every story are compiled as they load.</param>
/// <param name="UsesBeforeCompiling">How many searches an interpreted pattern of a pattern set serves before it is compiled in the background.</param>
public sealed record RegexTiering(bool CompileAtLoad, int UsesBeforeCompiling)
{
    /// <summary>For a process that stays up: an editor's language server, <c>lint serve</c>, a test run.</summary>
    public static RegexTiering LongRunning { get; } = new(CompileAtLoad: true, UsesBeforeCompiling: 256);

    /// <summary>For a command that lints once and exits: <c>lint check</c> on one story or on an archive.</summary>
    public static RegexTiering OneRun { get; } = new(CompileAtLoad: false, UsesBeforeCompiling: 32_768);

    private static RegexTiering s_current = LongRunning;

    /// <summary>The tiering rules loaded from now on take; a host sets it once, before it loads any.</summary>
    public static RegexTiering Current
    {
        get => Volatile.Read(ref s_current);
        set => Volatile.Write(ref s_current, value);
    }
}
