using Lint.Diagnostics;
using Lint.Text;

namespace Lint.Fixes;

/// <summary>Applies the fixes of a set of findings in one pass: by position, the first wins and any fix overlapping it waits.</summary>
public static class FixApplier
{
    /// <summary>The edits that can be applied together: every fix whose edits overlap no fix before it.</summary>
    public static IReadOnlyList<TextEdit> SelectEdits(IEnumerable<Diagnostic> diagnostics)
    {
        var chosen = new List<TextEdit>();
        var fixes = diagnostics
            .Where(d => d.Fix is { Edits.Count: > 0 })
            .OrderBy(d => d, DiagnosticComparer.Instance)
            .Select(d => d.Fix!.Edits.OrderBy(e => e.Span).ToArray());
        foreach (var edits in fixes)
        {
            if (edits.All(e => !chosen.Any(c => Touches(c.Span, e.Span))))
            {
                chosen.AddRange(edits);
            }
        }

        chosen.Sort((a, b) => a.Span.CompareTo(b.Span));
        return chosen;
    }

    public static SourceText Apply(SourceText text, IEnumerable<Diagnostic> diagnostics) => text.WithEdits(SelectEdits(diagnostics));

    private static bool Touches(TextSpan a, TextSpan b) =>
        a.OverlapsWith(b) || (a.Start == b.Start) || (a.IsEmpty && a.Start > b.Start && a.Start < b.End) || (b.IsEmpty && b.Start > a.Start && b.Start < a.End);
}
