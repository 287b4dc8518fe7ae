using Lint.Formats.Html;
using Lint.Syntax;
using Lint.Text;

namespace Lint.Formats.Tests.Html;

public class HtmlDocumentParserTests
{
    private static Document Parse(string html)
    {
        var document = new HtmlDocumentParser().Parse("page.html", new SourceText(html));
        Assert.Empty(DocumentShape.Violations(document));
        return document;
    }

    private static (BlockKind, string)[] Blocks(Document document) =>
        document.Blocks.Select(b => (b.Kind, document.Text.ToString(b.Span))).ToArray();

    private static string[] Words(Document document) =>
        document.Blocks.SelectMany(b => b.Sentences).SelectMany(s => s.Words).Select(w => document.Text.ToString(w.Span)).ToArray();

    [Fact]
    public void Prose_elements_are_blocks_of_their_kinds_and_script_style_pre_nav_are_skipped()
    {
        var document = Parse(
            "<html><head><title>Budget</title><style>p { color: red }</style></head><body>" +
            "<nav><a href=/>Home</a> filing gaps</nav><h1>Budget passes</h1><p>The council <b>voted</b>.</p>" +
            "<script>var filing = 'gaps';</script><pre>filing gaps</pre><ul><li>One item</li><li><p>Two</p></li></ul>" +
            "<blockquote><p>We won.</p></blockquote><table><tr><th>Name</th><td>Ames</td></tr></table>" +
            "<figure><img src=a.jpg alt=\"The hall\"><figcaption>Photo by Ann.</figcaption></figure></body></html>");

        Assert.Equal(
            [
                (BlockKind.Heading, "Budget passes"), (BlockKind.Paragraph, "The council voted."), (BlockKind.ListItem, "One item"),
                (BlockKind.ListItem, "Two"), (BlockKind.Quote, "We won."), (BlockKind.Table, "Name"), (BlockKind.Table, "Ames"),
                (BlockKind.AltText, "The hall"), (BlockKind.Caption, "Photo by Ann."),
            ],
            Blocks(document));
    }

    [Fact]
    public void Inline_code_is_excluded_and_alt_text_nests_in_its_paragraph()
    {
        var document = Parse("<p>Run <code>make filing. Gaps</code> now <img alt='A chart' src=c.png> and see.</p>");

        Assert.Equal(["Run", "now", "and", "see", "A", "chart"], Words(document));
        Assert.Single(document.Blocks[0].Sentences);
        Assert.Equal([BlockKind.Paragraph, BlockKind.AltText], document.Blocks.Select(b => b.Kind));
    }

    [Fact]
    public void Entities_are_decoded_and_every_span_maps_back_to_its_source_characters()
    {
        const string html = "<p>AT&amp;T said &ldquo;filing&rdquo; x&nbsp;y &#128578; end.</p>";
        var document = Parse(html);

        var block = Assert.Single(document.Blocks);
        Assert.Equal("AT&T said “filing” x\u00A0y 🙂 end.", document.Text.ToString(block.Span));
        Assert.Equal("AT&amp;T", html[Range(document.ToSource(Find(document, "AT&T")))]);
        Assert.Equal("&ldquo;filing&rdquo;", html[Range(document.ToSource(Find(document, "“filing”")))]);
        Assert.Equal("&#128578;", html[Range(document.ToSource(Find(document, "🙂")))]);
    }

    [Fact]
    public void Text_keeps_its_source_line_and_a_heading_repeated_from_the_title_maps_to_the_heading()
    {
        const string html = "<html>\r\n<head><title>Budget passes</title></head>\r\n<body>\r\n<h1>Budget passes</h1>\r\n<p>Two\r\nlines.</p>\r\n</body></html>";
        var document = Parse(html);

        var heading = document.Blocks[0].Span;
        Assert.Equal(html.IndexOf("<h1>", StringComparison.Ordinal) + 4, document.ToSource(heading).Start);
        Assert.Equal(3, document.Text.GetLinePosition(heading.Start).Line);
        Assert.Equal(5, document.Text.GetLinePosition(Find(document, "lines").Start).Line);
        Assert.Equal(5, document.Source.GetLinePosition(document.ToSource(Find(document, "lines")).Start).Line);
    }

    [Theory]
    [InlineData("<p>&copy2020 a apple</p>", "©2020 a apple")]
    [InlineData("<p>&notit; a apple</p>", "¬it; a apple")]
    [InlineData("<p>&notin; a apple</p>", "∉ a apple")]
    [InlineData("<p>&ampx a apple</p>", "&x a apple")]
    [InlineData("<p>&copy2020&copy2020 a apple</p>", "©2020©2020 a apple")]
    [InlineData("<p>&notit;&amp; a apple</p>", "¬it;& a apple")]
    [InlineData("<p>&copy;&copy a apple</p>", "©© a apple")]
    [InlineData("<p>&nbspa apple</p>", "\u00a0a apple")]
    public void A_word_after_a_reference_without_its_semicolon_maps_to_its_own_source_characters(string html, string text)
    {
        var document = Parse(html);

        Assert.Equal(System.Text.RegularExpressions.Regex.Unescape(text), document.Text.Content.Trim('\n', ' '));
        var apple = document.Text.Content.IndexOf("apple", StringComparison.Ordinal);
        var source = document.ToSource(new TextSpan(apple, 5));
        Assert.Equal("apple", html.Substring(source.Start, source.Length));
    }

    [Fact]
    public void Comments_are_kept_with_their_source_spans()
    {
        const string html = "<p>One.</p><!-- lint disable House.Gaps --><p>Two.</p>";
        var document = Parse(html);

        var comment = Assert.Single(document.Comments);
        Assert.Equal(" lint disable House.Gaps ", comment.Body);
        Assert.Equal("<!-- lint disable House.Gaps -->", html[Range(comment.Span)]);
    }

    [Fact]
    public void Text_the_tree_builder_moves_out_of_a_table_still_maps_to_its_own_source()
    {
        const string html = "<table><tr><td>a</td></tr>stray text.</table><p>Materials are late.</p>";
        var document = Parse(html);

        Assert.Equal(["stray text.", "a", "Materials are late."], document.Blocks.Select(b => document.Text.ToString(b.Span)));
        Assert.All(document.Blocks, b => Assert.Equal(document.Text.ToString(b.Span), html[Range(document.ToSource(b.Span))]));
    }

    private static TextSpan Find(Document document, string part) =>
        new(document.Text.Content.IndexOf(part, StringComparison.Ordinal), part.Length);

    private static System.Range Range(TextSpan span) => span.Start..span.End;
}
