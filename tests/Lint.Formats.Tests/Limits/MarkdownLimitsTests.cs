using Lint.Formats.Markdown;
using Lint.Syntax;
using Lint.Text;

namespace Lint.Formats.Tests.Limits;

public class MarkdownLimitsTests
{
    private static Document Parse(string markdown, ArticleLimits? limits = null) =>
        new MarkdownDocumentParser(limits).Parse("story.md", new SourceText(markdown));

    private static ArticleLimitException Refused(string markdown, ArticleLimits? limits = null) =>
        Assert.Throws<ArticleLimitException>(() => Parse(markdown, limits));

    [Fact]
    public void Block_quotes_nested_128_deep_are_refused_at_the_quote_marker_that_goes_over()
    {
        var error = Refused("A story.\n\n" + new string('>', 128) + " hi\n");

        Assert.Equal(("story.md", 3, 128), (error.Path, error.Line, error.Column));
        Assert.StartsWith("story.md:3:128: Block quotes, lists or brackets nest more than 127 deep", error.Message, StringComparison.Ordinal);
        Assert.Contains("Markdown nesting limit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lists_nested_past_markdig_limit_are_refused_on_the_line_that_goes_over()
    {
        var markdown = string.Concat(Enumerable.Range(0, 130).Select(i => new string(' ', 2 * i) + "- item\n"));

        var error = Refused(markdown);

        Assert.Equal(64, error.Line);
    }

    [Fact]
    public void A_hundred_thousand_open_brackets_are_refused_on_their_line_before_markdig_reads_them()
    {
        var error = Refused("First line.\n\nx " + new string('[', 100_000) + "a\n");

        Assert.Equal((3, 1), (error.Line, error.Column));
        Assert.Contains("more than 2,000 brackets", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_paragraph_of_bracket_soup_is_refused_before_markdig_spends_quadratic_time_on_it()
    {
        var error = Refused("Fine.\n\n```\n" + new string('[', 5) + "\n```\n\n" + string.Concat(Enumerable.Repeat("[a](\n", 3)), new ArticleLimits { MaxMarkdownBrackets = 2 });

        Assert.Equal((9, 1), (error.Line, error.Column));
        Assert.Contains("more than 2 brackets", error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(ArticleLimits.MaxMarkdownBrackets), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Brackets_count_per_paragraph()
    {
        var document = Parse("[a] [b]\n\n[c] [d]\n", new ArticleLimits { MaxMarkdownBrackets = 2 });

        Assert.Equal(2, document.Blocks.Count);
    }

    [Fact]
    public void Nesting_past_the_configured_limit_is_refused_at_the_block_with_the_limit_named()
    {
        var error = Refused("Fine.\n\n> > > > too deep\n", new ArticleLimits { MaxMarkdownNesting = 3 });

        Assert.Equal((3, 9), (error.Line, error.Column));
        Assert.Contains("nest 4 deep here, more than 3", error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(ArticleLimits.MaxMarkdownNesting), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nesting_at_the_limit_is_read()
    {
        var document = Parse("> > > deep enough\n", new ArticleLimits { MaxMarkdownNesting = 3 });

        Assert.Equal(BlockKind.Quote, Assert.Single(document.Blocks).Kind);
    }

    [Fact]
    public void A_hundred_thousand_nested_emphasis_markers_do_not_overflow_the_stack_and_the_word_is_prose()
    {
        var markdown = new string('*', 100_000) + "word" + new string('*', 100_000) + "\n";

        var document = Parse(markdown);

        Assert.Empty(DocumentShape.Violations(document));
        var word = Assert.Single(Assert.Single(Assert.Single(document.Blocks).Sentences).Words);
        Assert.Equal(100_000, word.Span.Start);
    }
}
