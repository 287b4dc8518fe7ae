using Lint.Diagnostics;

namespace Lint.LanguageServer;

/// <summary>
/// What the configuration decides for one document, as <c>lint check</c> decides it for an article: whether
/// the document is ignored, which rules report on it, the severity a rule reports with there (null: its
/// own), and the lowest severity published. The functions may be called from several threads at once.
/// </summary>
public sealed record DocumentSettings(bool IsIgnored, Func<string, bool> IsEnabled, Func<string, Severity?> SeverityOf, Severity MinLevel)
{
    /// <summary>No configuration: not ignored, every rule on at its own severity, everything published.</summary>
    public static DocumentSettings Default { get; } = new(false, _ => true, _ => null, Severity.Suggestion);
}
