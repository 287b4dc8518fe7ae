namespace Lint.Diagnostics;

/// <summary>
/// What a rule is, independent of any finding: its id ("Newsroom.Filling"), a short title, a longer
/// description, a help link, and its default severity. Reporters list these (SARIF <c>rules</c>).
/// </summary>
public sealed record DiagnosticDescriptor(
    string Id,
    string Title,
    string Description,
    Severity DefaultSeverity,
    string? HelpLink = null,
    string? SourcePath = null)
{
    /// <summary>The most findings the rule reports in one article (the first in the text); null for no limit.</summary>
    public int? Limit { get; init; }

    /// <summary>The rule's message as written, each <c>%s</c> filled in per finding; null when not known.</summary>
    public string? MessageFormat { get; init; }

    /// <summary>The style a rule belongs to: "Newsroom" for "Newsroom.Filling".</summary>
    public string Category => Id.Contains('.') ? Id[..Id.IndexOf('.')] : Id;
}
