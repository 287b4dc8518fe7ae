using Lint.Formats.Markdown;
using Lint.Syntax;
using Lint.Text;

namespace Lint.Formats.Tests.Markdown;

public class MarkdownDocumentParserTests
{
    private static Document Parse(string markdown)
    {
        var document = new MarkdownDocumentParser().Parse("story.md", new SourceText(markdown));
        Assert.Empty(DocumentShape.Violations(document));
        return document;
    }

    private static string[] Words(Document document) =>
        document.Blocks.SelectMany(b => b.Sentences).SelectMany(s => s.Words).Select(w => document.Text.ToString(w.Span)).ToArray();

    [Fact]
    public void Front_matter_code_and_html_blocks_make_no_block_and_prose_blocks_have_their_kinds()
    {
        var document = Parse(
            "---\ntitle: filing gaps\n---\n# Council passes budget\n\nThe council voted.\n\n```\nfiling gaps\n```\n\n    indented filing gaps\n\n" +
            "<div>filing gaps</div>\n\n- First item\n- Second item\n\n> A quote here.\n\n| Name | Votes |\n|---|---|\n| Ames | 12 |\n\n![A photo of the hall](hall.jpg)\n");

        var blocks = document.Blocks.Select(b => (b.Kind, document.Text.ToString(b.Span))).ToArray();

        Assert.Equal(
            [
                (BlockKind.Heading, "Council passes budget"), (BlockKind.Paragraph, "The council voted."),
                (BlockKind.ListItem, "First item"), (BlockKind.ListItem, "Second item"), (BlockKind.Quote, "A quote here."),
                (BlockKind.Table, "Name"), (BlockKind.Table, "Votes"), (BlockKind.Table, "Ames"), (BlockKind.Table, "12"),
                (BlockKind.AltText, "A photo of the hall"),
            ],
            blocks);
    }

    [Fact]
    public void Inline_code_urls_link_targets_and_markup_are_excluded_and_do_not_break_the_sentence()
    {
        var document = Parse("Use **bold** and [a link](http://x.com/filing \"Title\") plus `code. Here` and https://example.com/gaps. <b>Then</b> more.\n");

        var block = Assert.Single(document.Blocks);
        Assert.Equal(["Use", "bold", "and", "a", "link", "plus", "and", "Then", "more"], Words(document));
        Assert.Equal(2, block.Sentences.Count);
        Assert.All(Words(document), w => Assert.DoesNotContain("filing", w, StringComparison.Ordinal));
        Assert.Contains(block.Excluded, e => document.Text.ToString(e) == "https://example.com/gaps");
        Assert.Contains(block.Excluded, e => document.Text.ToString(e) == "](http://x.com/filing \"Title\")");
    }

    [Fact]
    public void Quote_markers_and_list_indents_between_lines_are_not_words_and_positions_stay_exact()
    {
        const string markdown = "> The mayor said\r\n> filing gaps matter.\r\n\r\n- An item that\r\n  goes on.\r\n";
        var document = Parse(markdown);

        Assert.Equal(["The", "mayor", "said", "filing", "gaps", "matter", "An", "item", "that", "goes", "on"], Words(document));
        var filing = document.Blocks[0].Sentences[0].Words[3].Span;
        Assert.Equal(markdown.IndexOf("filing", StringComparison.Ordinal), filing.Start);
        Assert.Equal(new LinePosition(1, 2), document.Text.GetLinePosition(filing.Start));
    }

    [Fact]
    public void An_escaped_character_is_prose_but_its_backslash_is_not()
    {
        var document = Parse("Prices rose 5\\% in \\*March\\*.\n");

        var block = Assert.Single(document.Blocks);
        Assert.Equal(["Prices", "rose", "5", "in", "March"], Words(document));
        Assert.Equal(3, block.Excluded.Count);
        Assert.All(block.Excluded, e => Assert.Equal("\\", document.Text.ToString(e)));
    }

    [Fact]
    public void Alt_text_is_its_own_block_inside_an_excluded_range_of_its_paragraph()
    {
        var document = Parse("The hall ![Crowds *outside* the hall](hall.jpg) was full.\n");

        Assert.Equal([BlockKind.Paragraph, BlockKind.AltText], document.Blocks.Select(b => b.Kind));
        Assert.Equal(["The", "hall", "was", "full"], document.Blocks[0].Sentences.SelectMany(s => s.Words).Select(w => document.Text.ToString(w.Span)));
        Assert.Equal(["Crowds", "outside", "the", "hall"], document.Blocks[1].Sentences.SelectMany(s => s.Words).Select(w => document.Text.ToString(w.Span)));
    }

    [Fact]
    public void Html_comments_in_blocks_and_inline_are_kept_with_their_source_spans()
    {
        const string markdown = "<!-- lint disable House.Gaps -->\n\nText <!-- lint ignore --> here.\n";
        var document = Parse(markdown);

        Assert.Equal([" lint disable House.Gaps ", " lint ignore "], document.Comments.Select(c => c.Body));
        Assert.Equal(markdown.IndexOf("<!-- lint ignore", StringComparison.Ordinal), document.Comments[1].Span.Start);
        Assert.Equal("<!-- lint ignore -->", document.Text.ToString(document.Comments[1].Span));
        Assert.Null(document.SourceMap);
    }

    [Fact]
    public void A_heading_whose_text_markdig_misplaces_after_a_tab_is_not_read_at_the_wrong_place()
    {
        var document = Parse(".'ca\n#\t4");

        Assert.Equal([(BlockKind.Paragraph, ".'ca")], document.Blocks.Select(b => (b.Kind, document.Text.ToString(b.Span))));
    }
}
