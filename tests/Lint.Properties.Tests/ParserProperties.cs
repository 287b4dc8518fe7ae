using CsCheck;
using Lint.Syntax;

namespace Lint.Properties.Tests;

/// <summary>Whatever the article, a parser throws nothing but a located limit error, and gives a document of the shape every rule relies on.</summary>
public class ParserProperties
{
    private static void HasItsShape(string extension, string text)
    {
        if (Formats.Parse(extension, text) is { } document)
        {
            Assert.Empty(DocumentShape.Violations(document));
        }
    }

    [Fact]
    public void Generated_markdown_parses_to_a_well_shaped_document() =>
        Articles.Markdown.Sample(text => HasItsShape(".md", text), iter: 300);

    [Fact]
    public void Generated_html_parses_to_a_well_shaped_document() =>
        Articles.Html.Sample(text => HasItsShape(".html", text), iter: 300);

    [Fact]
    public void Generated_plain_text_parses_to_a_well_shaped_document() =>
        Articles.PlainText.Sample(text => HasItsShape(".txt", text), iter: 300);

    [Theory]
    [InlineData(".md")]
    [InlineData(".html")]
    [InlineData(".txt")]
    public void Character_soup_parses_to_a_well_shaped_document(string extension) =>
        Articles.Soup.Sample(text => HasItsShape(extension, text), iter: 1000);
}
