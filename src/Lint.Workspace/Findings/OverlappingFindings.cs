using Lint.Diagnostics;
using Lint.Text;

namespace Lint.Workspace.Findings;

/// <summary>
/// When two rules flag the same words ("monday" as a lower-case day and as a sentence not in sentence case; a
/// pasted line as web furniture and as a repeated sentence), an editor is told once, by the most specific
/// finding: the narrower span, then the one with a fix (a mechanical correction beats editorial advice), then
/// the more severe, then the rule id that sorts first. Spans are on the same words when they overlap by at
/// least half of the wider one: a short finding inside a long one (a repeated word inside an unbalanced
/// quotation) is a different matter, and both stay. Suppressed findings neither hide others nor are hidden.
/// </summary>
public static class OverlappingFindings
{
    public static List<Diagnostic> Remove(IReadOnlyList<Diagnostic> diagnostics)
    {
        var dropped = new HashSet<Diagnostic>(ReferenceEqualityComparer.Instance);
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
