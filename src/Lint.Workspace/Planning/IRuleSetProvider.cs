using Lint.Rules.Loading;
using Lint.Workspace.Findings;

namespace Lint.Workspace.Planning;

/// <summary>
/// The one place a server (the language server, <c>lint serve</c>) asks which rules apply to a document and how: the host decides, from the
/// <c>.lint.yaml</c> found from the document's path as <c>lint check</c> does. Return the same
/// <see cref="RuleSet"/> instance for documents that share rules: a server builds one analyzer driver
/// per instance, and corpus rules compare the stories that share one.
/// </summary>
public interface IRuleSetProvider
{
    /// <summary>The rules for the document at <paramref name="documentPath"/> (a full local path), or for one with no path (an unsaved buffer).</summary>
    RuleSet GetRules(string? documentPath);

    /// <summary>The configured settings of that document (ignored, rules on or off, severities, minimum level), as <c>lint check</c> resolves them.</summary>
    ArticleSettings GetSettings(string? documentPath);

    /// <summary>Forgets what was loaded, so that the next <see cref="GetRules"/> reads rule and configuration files again.</summary>
    void Reload();
}
