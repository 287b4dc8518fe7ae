using Lint.Diagnostics;

namespace Lint.Cli.Running;

/// <summary>
/// What the configuration (and the command line) decide for one article: which rules run on it, the
/// severity a rule reports with there, the lowest severity that fails the run (null: none), and the
/// lowest severity shown.
/// </summary>
public sealed record ArticleSettings(Func<string, bool> IsEnabled, Func<string, Severity?> SeverityOf, Severity? FailLevel, Severity MinLevel)
{
    public static ArticleSettings Default { get; } = new(_ => true, _ => null, Severity.Error, Severity.Suggestion);
}
