using Lint.Diagnostics;

namespace Lint.Workspace.Findings;

/// <summary>
/// What the configuration (and the command line) decide for one article: whether it is ignored, which rules run on it, the
/// severity a rule reports with there, the lowest severity that fails the run (null: none), and the
/// lowest severity shown.
/// </summary>
public sealed record ArticleSettings(Func<string, bool> IsEnabled, Func<string, Severity?> SeverityOf, Severity? FailLevel, Severity MinLevel)
{
    /// <summary>True when the configuration's <c>ignore</c> leaves the article out: it is not linted at all.</summary>
    public bool IsIgnored { get; init; }

    /// <summary>The house rules in use for the article (rules not from the default pack), which win over the pack's fixes; null when none.</summary>
    public HouseStyle? House { get; init; }

    /// <summary>Accepted vocabulary terms of a <c>.vale.ini</c>: a finding of a rule outside the Vale style on exactly one is dropped.</summary>
    public IReadOnlyList<Vale.TextIgnore> IgnoredText { get; init; } = [];

    /// <summary>How the article is read: its format's parser, with a <c>.vale.ini</c>'s <c>[formats]</c>, scopes and hidden text.</summary>
    public Lint.Formats.ParseOptions Parsing { get; init; } = Lint.Formats.ParseOptions.Default;

    public static ArticleSettings Default { get; } = new(_ => true, _ => null, Severity.Error, Severity.Suggestion);
}
