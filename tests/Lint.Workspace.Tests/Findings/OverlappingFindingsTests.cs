using Lint.Diagnostics;
using Lint.Text;
using Lint.Workspace.Findings;

namespace Lint.Workspace.Tests.Findings;

public class OverlappingFindingsTests
{
    private static Diagnostic Finding(string id, int start, int length, bool fix = false, Severity severity = Severity.Warning, bool suppressed = false)
    {
        var span = new TextSpan(start, length);
        return new Diagnostic(new DiagnosticDescriptor(id, id, id, severity), severity, new Location("a.txt", span, default), id, fix ? new Fix("f", [new TextEdit(span, "x")]) : null)
        {
            IsSuppressed = suppressed,
        };
    }

    [Fact]
    public void Two_rules_on_the_same_words_are_reported_once_by_the_rule_with_a_fix()
    {
        var kept = OverlappingFindings.Remove([Finding("Newsroom.SentenceCase", 10, 6), Finding("Newsroom.ProperNouns", 10, 6, fix: true)]);

        Assert.Equal("Newsroom.ProperNouns", Assert.Single(kept).Id);
    }

    [Fact]
    public void The_narrower_span_wins_when_they_cover_nearly_the_same_words()
    {
        var kept = OverlappingFindings.Remove([Finding("A.Percent", 10, 9, fix: true), Finding("B.Variants", 10, 8, fix: true)]);

        Assert.Equal("B.Variants", Assert.Single(kept).Id);
    }

    [Fact]
    public void Without_fixes_the_more_severe_then_the_first_rule_id_is_kept()
    {
        Assert.Equal("Z.Error", Assert.Single(OverlappingFindings.Remove([Finding("A.Warning", 0, 20), Finding("Z.Error", 0, 20, severity: Severity.Error)])).Id);
        Assert.Equal("Newsroom.Boilerplate", Assert.Single(OverlappingFindings.Remove([Finding("Newsroom.RepeatedSentences", 0, 20), Finding("Newsroom.Boilerplate", 0, 20)])).Id);
    }

    [Fact]
    public void A_short_finding_inside_a_long_one_is_a_different_matter_and_both_stay()
    {
        var kept = OverlappingFindings.Remove([Finding("Newsroom.QuoteBalance", 0, 61, fix: true), Finding("Newsroom.RepeatedWords", 20, 5, fix: true)]);

        Assert.Equal(2, kept.Count);
    }

    [Fact]
    public void A_finding_inside_words_another_rule_deletes_is_moot_and_goes()
    {
        var deleting = Deleting("Newsroom.Boilerplate", 0, 40);

        var kept = OverlappingFindings.Remove([deleting, Finding("Newsroom.SpaceBeforePunctuation", 11, 2, fix: true), Finding("Newsroom.Truncation", 39, 1), Finding("Newsroom.Quotes", 41, 3)]);

        Assert.Equal(["Newsroom.Boilerplate", "Newsroom.Quotes"], kept.Select(d => d.Id));
    }

    [Fact]
    public void A_fix_that_rewrites_words_hides_nothing_inside_them() =>
        Assert.Equal(2, OverlappingFindings.Remove([Finding("Newsroom.Replace", 0, 40, fix: true), Finding("Newsroom.Inner", 11, 2)]).Count);

    [Fact]
    public void Two_rules_deleting_the_same_words_are_weighed_as_same_words_and_one_stays() =>
        Assert.Single(OverlappingFindings.Remove([Deleting("Newsroom.RepeatedSentences", 0, 20), Deleting("Newsroom.Boilerplate", 0, 20)]));

    private static Diagnostic Deleting(string id, int start, int length)
    {
        var span = new TextSpan(start, length);
        return new Diagnostic(new DiagnosticDescriptor(id, id, id, Severity.Warning), Severity.Warning, new Location("a.txt", span, default), id, new Fix("Delete", [new TextEdit(span, string.Empty)]));
    }

    [Fact]
    public void Findings_of_one_rule_and_suppressed_findings_are_left_alone()
    {
        Assert.Equal(2, OverlappingFindings.Remove([Finding("A.Same", 0, 10), Finding("A.Same", 2, 10)]).Count);
        Assert.Equal(2, OverlappingFindings.Remove([Finding("A.Fix", 0, 10, fix: true, suppressed: true), Finding("B.Advice", 0, 10)]).Count);
    }

    [Fact]
    public void Apart_or_touching_findings_are_all_kept_in_their_order()
    {
        var findings = new List<Diagnostic> { Finding("A.One", 0, 5), Finding("B.Two", 5, 5), Finding("C.Three", 30, 5), Finding("D.Four", 30, 5, fix: true) };

        var kept = OverlappingFindings.Remove(findings);

        Assert.Equal(["A.One", "B.Two", "D.Four"], kept.Select(k => k.Id));
    }
}
