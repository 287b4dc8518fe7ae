using Lint.Rules.Kinds;
using Lint.Text;

namespace Lint.Rules.Tests.Kinds;

public sealed class QuotedTextTests
{
    private static List<string> Quotes(string text, out QuotedSpans spans)
    {
        spans = QuotedText.Find(text, new TextSpan(0, text.Length));
        return spans.Spans.Select(s => text.Substring(s.Start, s.Length)).ToList();
    }

    [Fact]
    public void FindsCurlyAndStraightQuotations()
    {
        var found = Quotes("He said “not now” and then \"maybe later,\" she said.", out var spans);

        Assert.Equal(["“not now”", "\"maybe later,\""], found);
        Assert.False(spans.EndsOpen);
        Assert.False(spans.OpensAtStart);
    }

    [Fact]
    public void AQuotationLeftOpenRunsToTheEndOfTheBlock()
    {
        var found = Quotes("“Every one of these went across his desk,” Nguyen said. “He signed them.", out var spans);

        Assert.Equal(["“Every one of these went across his desk,”", "“He signed them."], found);
        Assert.True(spans.EndsOpen);
        Assert.True(spans.OpensAtStart);
    }

    [Fact]
    public void AStrayOpeningMarkInsideAQuotationKeepsItOpen()
    {
        var found = Quotes("“Our view is clear. “Russia would struggle,” the official said.", out _);

        Assert.Equal(["“Our view is clear. “Russia would struggle,”"], found);
    }

    [Fact]
    public void GuillemetsCloseACurlyQuote()
    {
        Assert.Equal(["“We have a lot of work to do,»"], Quotes("“We have a lot of work to do,» she added.", out _));
    }

    [Fact]
    public void InchMarksAndApostrophesAreNotQuotations()
    {
        Assert.Empty(Quotes("The 6'2\" guard said it wasn't the team's night.", out _));
    }
}
