using Lint.Diagnostics;
using Lint.Text;

namespace Lint.Workspace.Findings;

/// <summary>
/// When two rules flag the same words ("monday" as a lower-case day and as a sentence not in sentence case; a
/// pasted line as web furniture and as a repeated sentence), an editor is told once, by the most specific
/// finding: the narrower span, then the one with a fix (a mechanical correction beats editorial advice), then
/// the more severe, then the rule id that sorts first. Spans are on the same words when they overlap by at
/// least half of the wider one: a short finding inside a long one (a repeated word inside an unbalanced
/// quotation) is a different matter, and both stay. A finding inside words another rule's fix deletes (a
/// pasted share bar, "Share : Facebook", with a space before its colon) is moot, and goes too. Suppressed
/// findings neither hide others nor are hidden.
/// </summary>
public static class OverlappingFindings
{
    public static List<Diagnostic> Remove(IReadOnlyList<Diagnostic> diagnostics)
    {
        var dropped = new HashSet<Diagnostic>(ReferenceEqualityComparer.Instance);
        var active = diagnostics.Where(d => !d.IsSuppressed).ToList();
        foreach (var deleting in active.Where(d => d.Fix is not null))
        {
            foreach (var deleted in Deletions(deleting.Fix!))
            {
                dropped.UnionWith(active.Where(d => d.Id != deleting.Id && Within(d.Location.Span, deleted)));
            }
        }

        foreach (var cluster in Clusters(diagnostics.Where(d => !d.IsSuppressed && d.Location.Span.Length > 0)))
        {
            var kept = new List<Diagnostic>();
            foreach (var diagnostic in cluster.OrderBy(d => d, MostSpecificFirst.Instance))
            {
                if (kept.Any(k => k.Id != diagnostic.Id && SameWords(k.Location.Span, diagnostic.Location.Span)))
                {
                    dropped.Add(diagnostic);
                }
                else
                {
                    kept.Add(diagnostic);
                }
            }
        }

        return dropped.Count == 0 ? [.. diagnostics] : [.. diagnostics.Where(d => !dropped.Contains(d))];
    }

    private static IEnumerable<TextSpan> Deletions(Fix fix) =>
        fix.Edits.Where(e => e.NewText.Length == 0 && e.Span.Length > 0).Select(e => e.Span);

    /// <summary>Strictly inside: findings on exactly the same words are weighed against each other instead.</summary>
    private static bool Within(TextSpan inner, TextSpan outer) =>
        inner.Start >= outer.Start && inner.End <= outer.End && inner.Length < outer.Length && (inner.Length > 0 || inner.Start < outer.End);

    public static bool SameWords(TextSpan a, TextSpan b)
    {
        var overlap = Math.Min(a.End, b.End) - Math.Max(a.Start, b.Start);
        return overlap > 0 && overlap * 2 >= Math.Max(a.Length, b.Length);
    }

    /// <summary>Runs of findings whose spans overlap one another, in order of start; a finding alone is not a run.</summary>
    private static IEnumerable<List<Diagnostic>> Clusters(IEnumerable<Diagnostic> diagnostics)
    {
        var cluster = new List<Diagnostic>();
        var end = -1;
        foreach (var diagnostic in diagnostics.OrderBy(d => d.Location.Span.Start))
        {
            if (diagnostic.Location.Span.Start >= end && cluster.Count > 0)
            {
                if (cluster.Count > 1)
                {
                    yield return cluster;
                }

                cluster = [];
            }

            cluster.Add(diagnostic);
            end = Math.Max(end, diagnostic.Location.Span.End);
        }

        if (cluster.Count > 1)
        {
            yield return cluster;
        }
    }

    private sealed class MostSpecificFirst : IComparer<Diagnostic>
    {
        public static readonly MostSpecificFirst Instance = new();

        public int Compare(Diagnostic? x, Diagnostic? y)
        {
            var order = x!.Location.Span.Length.CompareTo(y!.Location.Span.Length);
            order = order != 0 ? order : (x.Fix is null).CompareTo(y.Fix is null);
            order = order != 0 ? order : y.Severity.CompareTo(x.Severity);
            order = order != 0 ? order : string.CompareOrdinal(x.Id, y.Id);
            return order != 0 ? order : x.Location.Span.Start.CompareTo(y.Location.Span.Start);
        }
    }
}
