using System.Text;

namespace Lint.Cli.Reporting;

/// <summary>
/// Text made safe for GitHub-flavoured Markdown: inside a table cell, a heading or a paragraph it shows as
/// written, with no emphasis, links, HTML, entities or mentions made of it.
/// </summary>
public static class Markdown
{
    private const string Special = "\\`*_[]<>|~#&@";

    /// <summary>Backslash-escapes Markdown punctuation and turns line breaks into spaces, so one value stays one cell.</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\r' or '\n')
            {
                builder.Append(' ');
                continue;
            }

            if (Special.Contains(c))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
