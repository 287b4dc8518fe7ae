using Lint.Text;

namespace Lint.Core.Tests.Text;

public class SourceTextTests
{
    [Theory]
    [InlineData("one\ntwo\nthree")]
    [InlineData("one\r\ntwo\r\nthree")]
    [InlineData("one\rtwo\rthree")]
    [InlineData("one\r\ntwo\nthree")]
    public void Every_kind_of_line_break_starts_a_new_line(string content)
    {
        var text = new SourceText(content);
        var offset = content.IndexOf("three", StringComparison.Ordinal);

        Assert.Equal(3, text.LineCount);
        Assert.Equal(new LinePosition(2, 0), text.GetLinePosition(offset));
        Assert.Equal("two", text.ToString(text.GetLine(1).Span));
        Assert.Equal(offset, text.GetOffset(new LinePosition(2, 0)));
    }

    [Fact]
    public void Cjk_and_astral_characters_count_as_utf16_code_units()
    {
        // "Xi Jinping (" is 12 code units, 習近平 three, ") " two, 🙂 a surrogate pair of two, " said the " ten: 29.
        var content = "Xi Jinping (習近平) 🙂 said the gaps are real.\nSecond line with 🙂 gaps.";
        var text = new SourceText(content);
        var first = content.IndexOf("gaps", StringComparison.Ordinal);
        var second = content.LastIndexOf("gaps", StringComparison.Ordinal);

        Assert.Equal(new LinePosition(0, 29), text.GetLinePosition(first));
        Assert.Equal(new LinePosition(1, 20), text.GetLinePosition(second));
        Assert.Equal("gaps", text.ToString(new TextSpan(second, 4)));
    }

    [Fact]
    public void A_position_at_the_very_end_is_valid_and_beyond_it_is_not()
    {
        var text = new SourceText("abc\n");

        Assert.Equal(new LinePosition(1, 0), text.GetLinePosition(4));
        Assert.Throws<ArgumentOutOfRangeException>(() => text.GetLinePosition(5));
    }

    [Fact]
    public void Line_spans_exclude_the_line_break_and_keep_it_separately()
    {
        var text = new SourceText("ab\r\ncd");
        var line = text.GetLine(0);

        Assert.Equal(new TextSpan(0, 2), line.Span);
        Assert.Equal(new TextSpan(0, 4), line.SpanIncludingLineBreak);
    }

    [Fact]
    public void Edits_apply_in_order_of_position_and_overlaps_are_refused()
    {
        var text = new SourceText("filing critical gaps on a time line");
        var edited = text.WithEdits([new TextEdit(new TextSpan(26, 9), "timeline"), new TextEdit(new TextSpan(0, 6), "filling")]);

        Assert.Equal("filling critical gaps on a timeline", edited.Content);
        Assert.Throws<ArgumentException>(() => text.WithEdits([new TextEdit(new TextSpan(0, 6), "x"), new TextEdit(new TextSpan(3, 4), "y")]));
    }
}
