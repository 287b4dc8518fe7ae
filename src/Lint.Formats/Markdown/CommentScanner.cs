using System.Text.RegularExpressions;
using Lint.Syntax;
using Lint.Text;

namespace Lint.Formats.Markdown;

/// <summary>Finds the HTML comments (<c>&lt;!-- ... --&gt;</c>) inside a range of Markdown that Markdig read as HTML.</summary>
internal static partial class CommentScanner
{
    public static IEnumerable<Comment> Scan(string text, TextSpan span)
    {
        foreach (Match match in Pattern().Matches(text.Substring(span.Start, span.Length)))
        {
            yield return new Comment(new TextSpan(span.Start + match.Index, match.Length), match.Groups[1].Value);
        }
    }

    [GeneratedRegex("<!--(.*?)-->", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
