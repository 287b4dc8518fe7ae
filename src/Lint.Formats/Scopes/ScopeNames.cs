namespace Lint.Formats.Scopes;

/// <summary>
/// The tag names a <c>.vale.ini</c>'s <c>IgnoredScopes</c> (inline tags) and <c>SkippedScopes</c> (block tags) may
/// give, as Vale reads them: HTML's elements. In HTML files each is the element itself; in Markdown,
/// <see cref="Markdown.MarkdownScopes"/> maps them onto Markdown's own syntax (<c>strong</c> and <c>b</c> are
/// <c>**bold**</c>, <c>blockquote</c> is <c>&gt;</c>, ...) and onto inline HTML tags.
/// </summary>
public static class ScopeNames
{
    private static readonly HashSet<string> Inline = new(StringComparer.Ordinal)
    {
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "i", "ins", "kbd", "mark", "q",
        "s", "samp", "small", "span", "strong", "sub", "sup", "time", "tt", "u", "var", "label", "font", "strike", "big",
    };

    private static readonly HashSet<string> Block = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "caption", "dd", "details", "div", "dl", "dt", "figcaption",
        "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "li", "main", "nav", "ol", "p",
        "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "script", "style",
        "noscript", "template", "form", "svg", "math", "iframe", "object", "canvas", "textarea", "select", "button",
        "center", "fieldset", "head", "body", "html",
    };

    /// <summary>Whether Lint knows the tag: an HTML element it can find in HTML and, where Markdown has it, in Markdown.</summary>
    public static bool IsKnown(string name) => Inline.Contains(name) || Block.Contains(name);

    /// <summary>Whether the tag is a block element (a scope to skip, not an inline one to ignore).</summary>
    public static bool IsBlock(string name) => Block.Contains(name);
}
