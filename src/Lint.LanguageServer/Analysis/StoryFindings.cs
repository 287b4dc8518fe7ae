using Lint.Diagnostics;
using Lint.Suppression;
using Lint.Syntax;

namespace Lint.LanguageServer.Analysis;

/// <summary>
/// The post-processing of one open document's findings, the steps of <c>lint check</c> in its order: rules
/// the configuration turns off, back to source positions (HTML), lint comments (suppressed findings are not
/// published), configured severities, duplicates, then the minimum level. What comes out is in the
/// coordinates of the buffer's text.
/// </summary>
internal static class StoryFindings
{
    public static List<Diagnostic> Process(Document document, IEnumerable<Diagnostic> found, DocumentSettings settings, IReadOnlyCollection<string> knownRuleIds)
    {
        var diagnostics = found.Where(d => settings.IsEnabled(d.Id));
        if (document.SourceMap is { } map)
        {
            diagnostics = diagnostics.Select(d => SourceMapping.ToSource(d, map));
        }

        var leveled = InlineSuppressions.Apply(document, diagnostics, knownRuleIds)
            .Select(d => settings.SeverityOf(d.Id) is { } level ? d with { Severity = level } : d);
        return [.. DuplicateFindings.Remove(leveled).Where(d => d.Severity >= settings.MinLevel && !d.IsSuppressed)];
    }
}
