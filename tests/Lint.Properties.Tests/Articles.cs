using CsCheck;

namespace Lint.Properties.Tests;

/// <summary>
/// Generators of articles: plain text, Markdown and HTML built from news words (many of them words the
/// default rules flag or fix) and every kind of markup the parsers read, nested and left unclosed at random;
/// and raw character soup rich in markup characters.
/// </summary>
internal static class Articles
{
    private static readonly Gen<string> Word = Gen.OneOf(
        "The", "council", "voted", "on", "Tuesday", "said", "filing", "teh", "the the", "Pruitt", "Pruit", "12%", "12 percent",
        "an university", "a apple", "Monday", "monday", "“quoted”", "\"open", "said.", "Liu Pengyu", "U.S.", "US", "10 p.m.",
        "10pm", "theater", "theatre", "TK", "naïve", "東京", "😀", "—", "e.g.", "Ibáñez", "Ibanez", "it's", "its", "Oct. 9,",
        "2024", "officials", "according to", "a source familiar with", "(", ")", "'", ",", ".", "!", "?", ";", "...");

    private static readonly Gen<string> Words = Word.Array[1, 10].Select(w => string.Join(' ', w));

    private static readonly Gen<string> MarkdownInline = Gen.OneOf(
        Words,
        Words.Select(w => $"*{w}*"),
        Words.Select(w => $"**{w}**"),
        Words.Select(w => $"`{w}`"),
        Words.Select(w => $"[{w}](https://example.org/the the)"),
        Words.Select(w => $"![{w}](photo.jpg)"),
        Words.Select(w => $"<span>{w}</span>"),
        Words.Select(w => $"<!-- lint disable --> {w} <!-- lint enable -->"),
        Gen.OneOf("&amp;", "&nbsp;", "\\*", "<https://example.org/teh>", "https://example.org/filing", "[ref]", "[", "]", "*", "_", "`"),
        Gen.Select(Gen.Int[1, 40], Words, (n, w) => new string('*', n) + w + new string('*', n)),
        Gen.Select(Gen.Int[1, 40], Words, (n, w) => new string('[', n) + w + new string(']', n)));

    private static readonly Gen<string> MarkdownLine = MarkdownInline.Array[1, 6].Select(p => string.Join(' ', p));

    private static readonly Gen<string> MarkdownBlock = Gen.OneOf(
        MarkdownLine,
        MarkdownLine.Select(l => "# " + l),
        MarkdownLine.Select(l => "## " + l + " ##"),
        Gen.Select(Gen.Int[1, 12], MarkdownLine, (n, l) => string.Concat(Enumerable.Repeat("> ", n)) + l),
        Gen.Select(Gen.Int[0, 6], MarkdownLine, (n, l) => new string(' ', 2 * n) + "- " + l),
        MarkdownLine.Select(l => "1. " + l),
        Words.Select(w => "```\n" + w + "\n```"),
        Words.Select(w => "    " + w),
        Gen.Select(Words, Words, (a, b) => $"| {a} | {b} |\n|---|---|\n| {b} | {a} |"),
        Words.Select(w => $"<div>{w}</div>"),
        Words.Select(w => $"[ref]: https://example.org/{w.Replace(' ', '-')}"),
        Gen.OneOf("---", "***", "", "<!-- lint disable Newsroom.ContextTypos -->", "\t" + "indented teh"));

    private static readonly Gen<string> HtmlText = Gen.OneOf(Words, Gen.OneOf("&amp;", "&nbsp;", "&#8217;", "&copy2020", "&lt;", "AT&T", "&bogus;"));

    private static readonly Gen<string> HtmlPiece = Gen.Frequency(
        (6, HtmlText),
        (3, Gen.OneOf("p", "h1", "h2", "li", "ul", "ol", "blockquote", "div", "span", "b", "em", "a", "code", "pre", "td", "tr", "table", "figcaption", "figure", "nav", "kbd").Select(t => $"<{t}>")),
        (2, Gen.OneOf("p", "h1", "li", "ul", "blockquote", "div", "span", "b", "em", "a", "code", "pre", "td", "tr", "table", "figure").Select(t => $"</{t}>")),
        (1, Gen.OneOf("<br>", "<hr/>", "<img alt=\"A teh photo &amp; more\" src=x.jpg>", "<img alt='single teh'>", "<a href=\"https://example.org/teh\">", "<!-- lint disable -->", "<!-- lint enable -->", "<!-- unclosed")),
        (1, Words.Select(w => $"<script>var s = '{w}';</script>")),
        (1, Words.Select(w => $"<style>/* {w} */</style>")),
        (1, Gen.OneOf("\n", "\r\n", "\t", " ")));

    public static Gen<string> PlainText { get; } = Gen.Select(Words.Array[1, 8], Gen.Bool, (lines, crlf) => Join(lines, crlf));

    public static Gen<string> Markdown { get; } = Gen.Select(MarkdownBlock.Array[1, 10], Gen.Bool, Gen.Bool, (blocks, frontMatter, crlf) =>
        (frontMatter ? "---\ntitle: teh filing\n---\n" : string.Empty) + Join(blocks.Select(b => b + "\n"), crlf));

    public static Gen<string> Html { get; } = Gen.Select(HtmlPiece.Array[1, 60], Gen.Bool, (pieces, page) =>
        page ? "<!DOCTYPE html><html><head><title>teh</title></head><body>" + string.Concat(pieces) + "</body></html>" : string.Concat(pieces));

    /// <summary>Any characters, most of them ones that mean something in Markdown or HTML.</summary>
    public static Gen<string> Soup { get; } = Gen.Frequency(
        (4, Gen.Char["*_[]()<>!#`>-+=|~&;:\\/\"' \t\r\n0123456789abcdefgh.?"]),
        (1, Gen.Char)).Array[0, 200].Select(c => new string(c));

    private static string Join(IEnumerable<string> lines, bool crlf) => string.Join(crlf ? "\r\n" : "\n", lines);
}
