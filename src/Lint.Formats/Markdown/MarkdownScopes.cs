using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Lint.Formats.Markdown;

/// <summary>
/// A <c>.vale.ini</c>'s scopes in Markdown, as Vale sees Markdown (rendered to HTML): <c>**bold**</c> is
/// <c>strong</c> (and <c>b</c>), <c>*emphasis*</c> is <c>em</c> (and <c>i</c>), a link's text is <c>a</c>, a
/// heading of level n is <c>hn</c>, <c>&gt;</c> is <c>blockquote</c>, a list is <c>ul</c> or <c>ol</c> with its items
/// <c>li</c>, a table is <c>table</c>, <c>tr</c>, <c>th</c> and <c>td</c>, a paragraph is <c>p</c>; an inline HTML tag
/// is itself.
/// </summary>
internal sealed class MarkdownScopes(ParseOptions options)
{
    public static MarkdownScopes? For(ParseOptions? options) => options is { HasScopes: true } ? new MarkdownScopes(options) : null;

    /// <summary>Whether the inline's text is not prose: its tag is one of the ignored scopes.</summary>
    public bool IsIgnored(Inline inline) => inline switch
    {
        EmphasisInline { DelimiterCount: >= 2 } => Ignored("strong", "b"),
        EmphasisInline => Ignored("em", "i"),
        LinkInline { IsImage: false, IsAutoLink: false } => Ignored("a"),
        _ => false,
    };

    /// <summary>Whether an inline HTML tag (<c>&lt;span&gt;</c>) opens or closes an ignored scope: its name, else null.</summary>
    public string? IgnoredTag(string tag, out bool closing)
    {
        closing = tag.StartsWith("</", StringComparison.Ordinal);
        var name = new string([.. tag.TrimStart('<', '/').TakeWhile(char.IsAsciiLetterOrDigit)]).ToLowerInvariant();
        return options.IgnoredScopes.Contains(name) && !tag.EndsWith("/>", StringComparison.Ordinal) ? name : null;
    }

    /// <summary>Whether a leaf block lies in a skipped scope: itself or one of its containers.</summary>
    public bool IsSkipped(LeafBlock leaf)
    {
        if (leaf is HeadingBlock heading && Skipped("h" + heading.Level))
        {
            return true;
        }

        if (leaf is ParagraphBlock && Skipped("p"))
        {
            return true;
        }

        for (Block? parent = leaf.Parent; parent is not null; parent = parent.Parent)
        {
            var skipped = parent switch
            {
                QuoteBlock => Skipped("blockquote"),
                ListItemBlock => Skipped("li"),
                ListBlock list => Skipped(list.IsOrdered ? "ol" : "ul"),
                TableCell cell => Skipped(cell.Parent is TableRow { IsHeader: true } ? "th" : "td"),
                TableRow => Skipped("tr"),
                Table => Skipped("table"),
                _ => false,
            };
            if (skipped)
            {
                return true;
            }
        }

        return false;
    }

    private bool Ignored(params string[] names) => names.Any(options.IgnoredScopes.Contains);

    private bool Skipped(string name) => options.SkippedScopes.Contains(name);
}
