using Lint.Diagnostics;
using Lint.Workspace.Loading;

namespace Lint.Cli.Running;

/// <summary>
/// What <c>lint check</c> or <c>lint baseline</c> was asked to do: the paths, the format of standard input,
/// the rule folders, the levels given on the command line (null or not set: the configuration decides),
/// and the baseline to compare with.
/// </summary>
public sealed record LintRequest(
    IReadOnlyList<string> Paths,
    string StdinExtension,
    RuleOptions Rules,
    (Severity? Level, bool Set) FailLevel,
    Severity? MinLevel,
    string? BaselinePath)
{
    /// <summary>The Vale configuration files that decide for every article (<c>lint vale</c>), Vale's global one first; null: each article's nearest config.</summary>
    public IReadOnlyList<string>? ValeSources { get; init; }

    /// <summary>Text to lint as standard input instead of reading it (<c>lint vale "some text"</c>).</summary>
    public byte[]? StdinText { get; init; }
}
