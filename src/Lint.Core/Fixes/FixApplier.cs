using Lint.Diagnostics;
using Lint.Text;

namespace Lint.Fixes;

/// <summary>
/// Applies the fixes of a set of findings in one pass: by position, the first wins and any fix overlapping
/// it waits. Line breaks inside a fix's new text are written the way the article writes them.
/// </summary>
public static class FixApplier
{
    /// <summary>The findings whose fixes can be applied together: every fix whose edits overlap no fix before it.</summary>
    public static IReadOnlyList<Diagnostic> SelectFixes(IEnumerable<Diagnostic> diagnostics)
    {
        var chosen = new List<Diagnostic>();
        var taken = new List<TextSpan>();
        var candidates = diagnostics
            .Where(d => d.Fix is { Edits.Count: > 0 })
            .OrderBy(d => d, DiagnosticComparer.Instance);
        foreach (var diagnostic in candidates)
        {
            var spans = diagnostic.Fix!.Edits.Select(e => e.Span).ToArray();
            if (spans.All(s => !taken.Any(t => Touches(t, s))))
            {
                chosen.Add(diagnostic);
                taken.AddRange(spans);
            }
        }

        return chosen;
    }

    /// <summary>The edits of <see cref="SelectFixes"/>, in text order.</summary>
    public static IReadOnlyList<TextEdit> SelectEdits(IEnumerable<Diagnostic> diagnostics) =>
        SelectFixes(diagnostics).SelectMany(d => d.Fix!.Edits).OrderBy(e => e.Span).ToList();

    public static SourceText Apply(SourceText text, IEnumerable<Diagnostic> diagnostics) => ApplySelected(text, SelectFixes(diagnostics));

    /// <summary>Applies fixes already known not to overlap (the output of <see cref="SelectFixes"/>).</summary>
    public static SourceText ApplySelected(SourceText text, IEnumerable<Diagnostic> selected)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lineBreak = LineBreakStyle.Of(text);
        var edits = selected.SelectMany(d => d.Fix!.Edits).Select(e => e with { NewText = lineBreak.Adapt(e.NewText) });
        return text.WithEdits(edits);
    }

    private static bool Touches(TextSpan a, TextSpan b) =>
        a.OverlapsWith(b) || (a.Start == b.Start) || (a.IsEmpty && a.Start > b.Start && a.Start < b.End) || (b.IsEmpty && b.Start > a.Start && b.Start < a.End);
}
