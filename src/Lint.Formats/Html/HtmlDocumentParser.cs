using AngleSharp.Html.Parser;
using Lint.Syntax;
using Lint.Text;

namespace Lint.Formats.Html;

/// <summary>
/// HTML, read by AngleSharp. The document's text is the page's prose (entities decoded, tags gone) and its
/// source map leads every character back to the page, so a finding on "AT&amp;T" points at "AT&amp;amp;T".
/// Headings, paragraphs, list items, block quotes, table cells, captions and alt text are blocks; script,
/// style, pre, code, nav (and other non-prose elements) are skipped, and so are the elements a <see cref="ParseOptions"/>
/// names in its scopes (an ignored inline element is excluded, as code is). HTML comments are kept for lint directives.
/// A page nested past the <see cref="ArticleLimits"/> is refused with an <see cref="ArticleLimitException"/>.
/// </summary>
public sealed class HtmlDocumentParser(ArticleLimits? limits = null, ParseOptions? scopes = null) : IDocumentParser
{
    private readonly int _maxNesting = (limits ?? ArticleLimits.Default).MaxHtmlNesting;

    public Document Parse(string path, SourceText text)
    {
        var tokens = new TokenLog(path, text, _maxNesting);
        var options = new HtmlParserOptions { IsKeepingSourceReferences = true, OnToken = tokens.Add };
        var page = new HtmlParser(options).ParseDocument(text.Content);
        HtmlNesting.Check(path, text, page, _maxNesting);
        var writer = new ProseWriter(text);
        new HtmlWalker(text.Content, tokens, writer, scopes ?? ParseOptions.Default).Walk(page, prose: true, BlockKind.Paragraph);
        return writer.ToDocument(path, tokens.Comments);
    }
}
