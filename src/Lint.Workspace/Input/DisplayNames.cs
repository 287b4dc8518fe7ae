using System.Globalization;
using System.Text;

namespace Lint.Workspace.Input;

/// <summary>
/// File names as they are shown on a terminal and in messages: a name may hold any character but '/',
/// and a newline or an escape sequence in one would forge a line of the report or recolour the terminal,
/// so control characters are written as C escapes (<c>\n</c>, <c>\t</c>, <c>\e</c>, <c>\u009b</c>) and a
/// backslash as <c>\\</c> when the name needs escaping at all.
/// </summary>
public static class DisplayNames
{
    public static string Escape(string name)
    {
        if (!name.Any(IsControl))
        {
            return name;
        }

        var escaped = new StringBuilder(name.Length + 8);
        foreach (var c in name)
        {
            escaped.Append(c switch
            {
                '\\' => @"\\",
                '\n' => @"\n",
                '\r' => @"\r",
                '\t' => @"\t",
                '\u001b' => @"\e",
                _ when IsControl(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }

    /// <summary>C0 and C1 controls, DEL, and the characters that reorder text (bidirectional overrides and isolates).</summary>
    private static bool IsControl(char c) =>
        char.IsControl(c) || c is (>= '\u202a' and <= '\u202e') or (>= '\u2066' and <= '\u2069')
        || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.LineSeparator || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.ParagraphSeparator;
}
