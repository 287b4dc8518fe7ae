using Lint.Text;

namespace Lint.Core.Tests.Text;

public class LineBreakStyleTests
{
    [Theory]
    [InlineData("one\r\ntwo\nthree", "\r\n")]
    [InlineData("one\ntwo\r\nthree", "\n")]
    [InlineData("one\rtwo", "\r")]
    [InlineData("no break at all", "\n")]
    [InlineData("", "\n")]
    public void The_first_line_break_of_an_article_is_its_style(string content, string expected) =>
        Assert.Equal(expected, LineBreakStyle.Of(new SourceText(content)).Value);

    [Theory]
    [InlineData("a\nb\r\nc\rd", "\r\n", "a\r\nb\r\nc\r\nd")]
    [InlineData("a\r\n\r\nb", "\n", "a\n\nb")]
    [InlineData("no breaks", "\r\n", "no breaks")]
    public void Adapt_rewrites_every_kind_of_line_break(string inserted, string style, string expected) =>
        Assert.Equal(expected, new LineBreakStyle(style).Adapt(inserted));
}
