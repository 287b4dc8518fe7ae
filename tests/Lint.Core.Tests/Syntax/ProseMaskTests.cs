using Lint.Syntax;
using Lint.Text;

namespace Lint.Core.Tests.Syntax;

public class ProseMaskTests
{
    [Fact]
    public void Excluded_ranges_neither_end_a_sentence_nor_become_words()
    {
        const string text = "Run `make. All` now. The **end.** Then more.";
        TextSpan[] excluded = [new(4, 11), new(25, 2), new(31, 2)];
        var masked = ProseMask.Apply(text, excluded);

        var block = ProseMask.CreateBlock(masked, BlockKind.Paragraph, new TextSpan(0, text.Length), excluded);

        Assert.Equal(["Run `make. All` now.", "The **end.", "Then more."], block.Sentences.Select(s => text[s.Span.Start..s.Span.End]));
        Assert.Equal(["Run", "now"], block.Sentences[0].Words.Select(w => text.Substring(w.Span.Start, w.Span.Length)));
        Assert.Equal(text.Length, masked.Length);
    }

    [Theory]
    [InlineData(0, 4, false)]
    [InlineData(3, 2, true)]
    [InlineData(15, 1, false)]
    [InlineData(14, 1, true)]
    [InlineData(25, 0, true)]
    [InlineData(27, 0, false)]
    public void A_span_touches_an_excluded_range_when_it_overlaps_it(int start, int length, bool touches)
    {
        var block = new Block(BlockKind.Paragraph, new TextSpan(0, 40), [], [new TextSpan(4, 11), new TextSpan(25, 2)]);

        Assert.Equal(touches, block.TouchesExcluded(new TextSpan(start, length)));
    }
}
