using Lint.Diagnostics;
using Lint.Text;

namespace Lint.Core.Tests.Diagnostics;

public class DuplicateFindingsTests
{
    private static Diagnostic Finding(string id, Severity severity, int start, string? replacement)
    {
        var span = new TextSpan(start, 9);
        var fix = replacement is null ? null : new Fix("f", [new TextEdit(span, replacement)]);
        return new Diagnostic(new DiagnosticDescriptor(id, id, id, severity), severity, new Location("a.txt", span, default), id, fix);
    }

    [Fact]
    public void The_same_fix_on_the_same_text_is_shown_once_keeping_the_more_severe()
    {
        var kept = DuplicateFindings.Remove(
        [
            Finding("A.Compounds", Severity.Suggestion, 10, "timeline"),
            Finding("B.Variants", Severity.Warning, 10, "timeline"),
        ]);

        Assert.Equal("B.Variants", Assert.Single(kept).Id);
    }

    [Fact]
    public void Different_fixes_different_places_and_findings_without_fixes_are_all_kept()
    {
        var kept = DuplicateFindings.Remove(
        [
            Finding("A.One", Severity.Warning, 10, "timeline"),
            Finding("A.Two", Severity.Warning, 10, "time-line"),
            Finding("A.Three", Severity.Warning, 30, "timeline"),
            Finding("A.Four", Severity.Warning, 10, null),
            Finding("A.Five", Severity.Warning, 10, null),
        ]);

        Assert.Equal(5, kept.Count);
        Assert.Equal([10, 10, 10, 10, 30], kept.Select(k => k.Location.Span.Start));
    }
}
