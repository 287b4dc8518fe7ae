using Lint.Diagnostics;
using Lint.Suppression;
using Lint.Syntax;

namespace Lint.Workspace.Findings;

/// <summary>
/// The post-processing of one article's findings, as small named steps in order: the house style over the
/// default pack (a pack fix a house rule would flag is withdrawn), back to source positions (HTML), a <c>.vale.ini</c>'s ignored text, lint comments (suppressions), configured severities, duplicates, the minimum level, findings of
/// different rules on the same words (<see cref="OverlappingFindings"/>: the most specific is kept), then the
/// baseline (by the fingerprints SARIF writes, computed once per article and kept on the result).
/// </summary>
public static class ArticleFindings
{
    public static ArticleResult Process(
        string path,
        Document document,
        IEnumerable<Diagnostic> found,
        ArticleSettings settings,
        IReadOnlyCollection<string> knownRuleIds,
        Baseline? baseline)
    {
        var diagnostics = found.Where(d => settings.IsEnabled(d.Id));
        if (settings.House is { } house)
        {
            diagnostics = house.Apply(document, diagnostics.ToList());
        }

        if (document.SourceMap is { } map)
        {
            diagnostics = diagnostics.Select(d => SourceMapping.ToSource(d, map));
        }

        diagnostics = IgnoredText.Remove(document.Source, diagnostics, settings.IgnoredText);
        var suppressed = InlineSuppressions.Apply(document, diagnostics, knownRuleIds)
            .Select(d => settings.SeverityOf(d.Id) is { } level ? d with { Severity = level } : d);
        var all = OverlappingFindings.Remove([.. DuplicateFindings.Remove(suppressed).Where(d => d.Severity >= settings.MinLevel)]);
        var result = new ArticleResult(path, document.Source, []) { All = all, FailLevel = settings.FailLevel };
        var baselined = new HashSet<Diagnostic>(ReferenceEqualityComparer.Instance);
        if (baseline is not null)
        {
            var fingerprints = result.Fingerprints;
            baselined.UnionWith(all.Where((d, i) => baseline.Contains(d.Id, path, fingerprints[i])));
        }

        var shown = all.Where(d => !d.IsSuppressed && !baselined.Contains(d)).ToList();
        return result with { Diagnostics = shown, Baselined = baselined };
    }
}
