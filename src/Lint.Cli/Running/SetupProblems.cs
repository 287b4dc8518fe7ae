using Lint.Rules.Loading;

namespace Lint.Cli.Running;

/// <summary>
/// Why a run could not start, kept for the report that is still written (SARIF with
/// <c>toolConfigurationNotifications</c>, <c>::error</c> annotations): the errors with a place in a
/// <c>.lint.yaml</c> or a rule file, and every line written to standard error.
/// </summary>
public sealed class SetupProblems
{
    public List<RuleError> Located { get; } = [];

    public List<string> Lines { get; } = [];

    /// <summary>One sentence for the report: the first problem, and how many more there are.</summary>
    public string Describe() => Lines.Count switch
    {
        0 => "Nothing was linted.",
        1 => $"Nothing was linted: {Lines[0]}",
        _ => $"Nothing was linted: {Lines[0]} (and {Lines.Count - 1} more; see the log)",
    };
}
