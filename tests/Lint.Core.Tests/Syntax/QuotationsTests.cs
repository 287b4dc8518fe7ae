using Lint.Syntax.Quotations;
using Lint.Text;

namespace Lint.Core.Tests.Syntax;

public sealed class QuotationsTests
{
    private static List<string> Quotes(string text, out QuotedSpans spans)
    {
        spans = Quotations.Find(text, new TextSpan(0, text.Length));
        return spans.Spans.Select(s => text.Substring(s.Start, s.Length)).ToList();
    }

    [Fact]
    public void Curly_and_straight_quotations_are_found()
    {
        var found = Quotes("He said “not now” and then \"maybe later,\" she said.", out var spans);

        Assert.Equal(["“not now”", "\"maybe later,\""], found);
        Assert.False(spans.EndsOpen);
        Assert.False(spans.OpensAtStart);
    }

    [Fact]
    public void A_quotation_left_open_runs_to_the_end_of_the_block()
    {
        var found = Quotes("“Every form crossed her desk,” Ortiz said. “She signed them all.", out var spans);

        Assert.Equal(["“Every form crossed her desk,”", "“She signed them all."], found);
        Assert.True(spans.EndsOpen);
        Assert.True(spans.OpensAtStart);
    }

    [Fact]
    public void A_stray_opening_mark_inside_a_quotation_keeps_it_open()
    {
        var found = Quotes("“The vote is set. “We will lose,” the aide said.", out _);

        Assert.Equal(["“The vote is set. “We will lose,”"], found);
    }

    [Fact]
    public void A_guillemet_closes_a_curly_quote()
    {
        Assert.Equal(["“We start Monday,»"], Quotes("“We start Monday,» she added.", out _));
    }

    [Fact]
    public void Low_high_quotes_and_guillemets_are_quotations()
    {
        Assert.Equal(["„Wir schaffen das“", "«on verra»"], Quotes("She quoted „Wir schaffen das“ and «on verra» in one breath.", out _));
    }

    [Fact]
    public void A_closing_mark_written_where_a_quote_opens_still_opens_it()
    {
        Assert.Equal(["”Not today,”"], Quotes("”Not today,” the coach said.", out _));
    }

    [Fact]
    public void Inch_marks_and_apostrophes_are_not_quotations()
    {
        Assert.Empty(Quotes("The 6'2\" guard said it wasn't the team's night.", out _));
    }

    [Fact]
    public void A_rule_may_read_quotations_with_its_own_marks()
    {
        var guillemetsOnly = new QuoteMarks(new QuotePairs([('«', '»')]));
        var text = "«Oui» and “no”";

        var spans = Quotations.Find(text, new TextSpan(0, text.Length), guillemetsOnly);

        Assert.Equal(["«Oui»"], spans.Spans.Select(s => text[s.Start..s.End]));
    }
}
