using Lint.Diagnostics;
using Lint.Fixes;
using Lint.Text;

namespace Lint.Core.Tests.Fixes;

public class FixApplierTests
{
    private static Diagnostic WithFix(int start, int length, string replacement)
    {
        var descriptor = new DiagnosticDescriptor("Test.Fix", "t", "d", Severity.Warning);
        var span = new TextSpan(start, length);
        return new Diagnostic(descriptor, Severity.Warning, new Location("a.txt", span, default), "m", new Fix("f", [new TextEdit(span, replacement)]));
    }

    [Fact]
    public void Non_overlapping_fixes_all_apply()
    {
        var text = new SourceText("the the filing gaps");

        var result = FixApplier.Apply(text, [WithFix(8, 6, "filling"), WithFix(3, 4, string.Empty)]);

        Assert.Equal("the filling gaps", result.Content);
    }

    [Fact]
    public void Of_two_overlapping_fixes_the_first_by_position_wins()
    {
        var text = new SourceText("time line");

        var result = FixApplier.Apply(text, [WithFix(5, 4, "LINE"), WithFix(0, 9, "timeline")]);

        Assert.Equal("timeline", result.Content);
    }

    [Fact]
    public void Select_fixes_names_the_findings_whose_fixes_apply_together()
    {
        var first = WithFix(0, 9, "timeline");
        var waiting = WithFix(5, 4, "LINE");
        var apart = WithFix(10, 3, "x");

        Assert.Equal([first, apart], FixApplier.SelectFixes([apart, waiting, first]));
    }

    [Fact]
    public void Two_insertions_at_one_place_do_not_both_apply()
    {
        var text = new SourceText("ab");

        var result = FixApplier.Apply(text, [WithFix(1, 0, "X"), WithFix(1, 0, "Y")]);

        Assert.Equal("aXb", result.Content);
    }
}
