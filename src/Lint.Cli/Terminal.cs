namespace Lint.Cli;

/// <summary>Where commands write: results to <see cref="Out"/>, messages for people to <see cref="Error"/>. Tests swap them.</summary>
public sealed class Terminal
{
    public Func<Stream> OpenStandardOutput { get; init; } = Console.OpenStandardOutput;

    public Func<Stream> OpenStandardInput { get; init; } = Console.OpenStandardInput;

    public TextWriter Error { get; init; } = Console.Error;

    public TextWriter Out { get; init; } = Console.Out;
}
