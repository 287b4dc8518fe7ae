using System.Globalization;
using System.Text;

namespace Lint.Cli.Reporting.Vale;

/// <summary>
/// Strings as Go's <c>encoding/json</c> writes them, which Vale's JSON output is: <c>&lt;</c>, <c>&gt;</c>,
/// <c>&amp;</c>, U+2028 and U+2029 and control characters as <c>\u</c> escapes (<c>\n</c>, <c>\r</c>,
/// <c>\t</c> short), other characters as they are.
/// </summary>
public static class GoJson
{
    public static string String(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case < ' ' or '<' or '>' or '&' or '\u2028' or '\u2029':
                    builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.Append('"').ToString();
    }
}
