namespace Lint.Diagnostics;

/// <summary>
/// When two rules flag the same text and propose the same fix (a house-style rule and a consistency rule
/// both turning "time line" into "timeline"), an editor needs to see it once: the more severe finding is
/// kept, then the one whose rule id sorts first.
/// </summary>
public static class DuplicateFindings
{
    public static List<Diagnostic> Remove(IEnumerable<Diagnostic> diagnostics)
    {
        var kept = new List<Diagnostic>();
        var seen = new HashSet<(string Path, Text.TextSpan Span, string Fix)>();
        var ordered = diagnostics
            .OrderByDescending(d => d.Severity)
            .ThenBy(d => d.Id, StringComparer.Ordinal);
        foreach (var diagnostic in ordered)
        {
            if (diagnostic.Fix is { } fix && !seen.Add((diagnostic.Location.Path, diagnostic.Location.Span, Describe(fix))))
            {
                continue;
            }

            kept.Add(diagnostic);
        }

        kept.Sort(DiagnosticComparer.Instance);
        return kept;
    }

    private static string Describe(Fix fix) => string.Join('\u0001', fix.Edits.Select(e => $"{e.Span.Start}:{e.Span.Length}:{e.NewText}"));
}
