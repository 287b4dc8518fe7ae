using Lint.Formats.Html;
using Lint.Syntax;
using Lint.Text;

namespace Lint.Formats.Tests.Limits;

public class HtmlLimitsTests
{
    private static Document Parse(string html, ArticleLimits? limits = null) =>
        new HtmlDocumentParser(limits).Parse("page.html", new SourceText(html));

    private static string Divs(int count) => string.Concat(Enumerable.Repeat("<div>", count));

    [Theory]
    [InlineData(16_000)]
    [InlineData(100_000)]
    public void Elements_nested_past_the_limit_are_refused_at_the_tag_that_goes_over(int count)
    {
        var error = Assert.Throws<ArticleLimitException>(() => Parse(Divs(count) + "text"));

        Assert.Equal(("page.html", 1, (512 * 5) + 1), (error.Path, error.Line, error.Column));
        Assert.Contains(nameof(ArticleLimits.MaxHtmlNesting), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tables_nested_past_the_limit_are_refused_though_their_rows_and_cells_close_by_themselves()
    {
        var error = Assert.Throws<ArticleLimitException>(() => Parse(string.Concat(Enumerable.Repeat("<table><tr><td>", 50)) + "text", new ArticleLimits { MaxHtmlNesting = 60 }));

        Assert.Contains("more than 60 deep", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Elements_whose_end_tags_may_be_left_out_do_not_count_as_nesting()
    {
        var html = "<ul>" + string.Concat(Enumerable.Repeat("<li><p>An item <a href=x>link", 2_000)) + "</ul>";

        var document = Parse(html, new ArticleLimits { MaxHtmlNesting = 40 });

        Assert.Equal(2_000, document.Blocks.Count);
    }

    [Fact]
    public void Nesting_within_the_limit_is_read()
    {
        var document = Parse(Divs(100) + "<p>Deep but fine.</p>");

        Assert.Equal("Deep but fine.", document.Text.ToString(Assert.Single(document.Blocks).Span));
    }
}
