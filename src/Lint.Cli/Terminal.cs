namespace Lint.Cli;

/// <summary>Where commands write: results to <see cref="Out"/>, messages for people to <see cref="Error"/>. Tests swap them.</summary>
public sealed class Terminal
{
    public Func<Stream> OpenStandardOutput { get; init; } = Console.OpenStandardOutput;

    public Func<Stream> OpenStandardInput { get; init; } = Console.OpenStandardInput;

    public TextWriter Error { get; init; } = Console.Error;

    public TextWriter Out { get; init; } = Console.Out;

    /// <summary>Whether standard output is a terminal (not a file or a pipe): the text format is coloured there.</summary>
    public bool OutputIsTerminal { get; init; } = !Console.IsOutputRedirected;

    /// <summary>Whether standard error is a terminal: progress is shown there, never in a log.</summary>
    public bool ErrorIsTerminal { get; init; } = !Console.IsErrorRedirected;

    /// <summary>Whether standard input is a terminal (nothing piped in).</summary>
    public bool InputIsTerminal { get; init; } = !Console.IsInputRedirected;

    public Func<string, string?> Environment { get; init; } = System.Environment.GetEnvironmentVariable;
}
