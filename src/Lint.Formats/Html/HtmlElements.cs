using Lint.Syntax;

namespace Lint.Formats.Html;

/// <summary>What each HTML element means for prose: skipped, a block (of which kind), code-like, or plain inline.</summary>
internal static class HtmlElements
{
    /// <summary>Never prose: scripts, styles, preformatted code, navigation, forms and embedded content.</summary>
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        "head", "script", "style", "template", "noscript", "pre", "nav", "svg", "math", "iframe", "object",
        "canvas", "textarea", "select", "button", "form",
    };

    /// <summary>Code inside a sentence: kept in place, but excluded from the block.</summary>
    private static readonly HashSet<string> Code = new(StringComparer.Ordinal) { "code", "kbd", "samp", "var", "tt" };

    private static readonly Dictionary<string, BlockKind?> Blocks = new(StringComparer.Ordinal)
    {
        ["h1"] = BlockKind.Heading,
        ["h2"] = BlockKind.Heading,
        ["h3"] = BlockKind.Heading,
        ["h4"] = BlockKind.Heading,
        ["h5"] = BlockKind.Heading,
        ["h6"] = BlockKind.Heading,
        ["li"] = BlockKind.ListItem,
        ["dt"] = BlockKind.ListItem,
        ["dd"] = BlockKind.ListItem,
        ["td"] = BlockKind.Table,
        ["th"] = BlockKind.Table,
        ["figcaption"] = BlockKind.Caption,
        ["caption"] = BlockKind.Caption,
        ["blockquote"] = BlockKind.Quote,
        ["html"] = null,
        ["body"] = null,
        ["p"] = null,
        ["div"] = null,
        ["section"] = null,
        ["article"] = null,
        ["main"] = null,
        ["header"] = null,
        ["footer"] = null,
        ["aside"] = null,
        ["figure"] = null,
        ["table"] = null,
        ["thead"] = null,
        ["tbody"] = null,
        ["tfoot"] = null,
        ["tr"] = null,
        ["ul"] = null,
        ["ol"] = null,
        ["dl"] = null,
        ["address"] = null,
        ["details"] = null,
        ["summary"] = null,
        ["fieldset"] = null,
        ["hgroup"] = null,
        ["hr"] = null,
        ["center"] = null,
    };

    public static bool IsSkipped(string name) => Skipped.Contains(name);

    public static bool IsCode(string name) => Code.Contains(name);

    public static bool IsBlock(string name) => Blocks.ContainsKey(name);

    /// <summary>The kind of the text in a block element: its own kind, or the kind around it (a paragraph in a quote is quote).</summary>
    public static BlockKind KindOf(string name, BlockKind around) => Blocks.GetValueOrDefault(name) ?? around;
}
