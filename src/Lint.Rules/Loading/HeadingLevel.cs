using System.Text.RegularExpressions;
using Lint.Syntax;

namespace Lint.Rules.Loading;

/// <summary>
/// The level of a heading (1 to 6), read from the source around it, for Vale's <c>heading.h1</c> to
/// <c>heading.h6</c> scopes: a Markdown ATX heading counts its '#' marks, a setext heading is 1 under "==="
/// and 2 under "---", an HTML heading names its level in its tag. A heading guessed in plain text has no
/// level (0), so only the plain <c>heading</c> scope reads it, as Vale finds no headings in plain text.
/// </summary>
public static partial class HeadingLevel
{
    public static int Of(Document document, Block block)
    {
        if (block.Kind != BlockKind.Heading)
        {
            return 0;
        }

        var source = document.Source;
        var start = document.ToSource(new Lint.Text.TextSpan(block.Span.Start, 0)).Start;
        var text = source.Content;
        var line = source.GetLine(source.GetLinePosition(start).Line);
        var lineText = source.ToString(line.Span);
        if (Atx().Match(lineText) is { Success: true } atx)
        {
            return atx.Groups[1].Length;
        }

        var tag = text.LastIndexOf("<h", start, StringComparison.OrdinalIgnoreCase);
        if (tag >= 0 && HtmlTag().Match(text, tag) is { Success: true } html && html.Index == tag && !text.AsSpan(tag, start - tag).Contains("</h", StringComparison.OrdinalIgnoreCase))
        {
            return html.Groups[1].Value[0] - '0';
        }

        var next = source.GetLinePosition(start).Line + 1;
        if (next < source.LineCount && Setext().Match(source.ToString(source.GetLine(next).Span)) is { Success: true } setext)
        {
            return setext.Groups[1].Value == "=" ? 1 : 2;
        }

        return 0;
    }

    [GeneratedRegex(@"^ {0,3}(#{1,6})(?:[ \t]|$)")]
    private static partial Regex Atx();

    [GeneratedRegex(@"\G<h([1-6])[\s>/]", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"^ {0,3}(=|-)\1*[ \t]*$")]
    private static partial Regex Setext();
}
