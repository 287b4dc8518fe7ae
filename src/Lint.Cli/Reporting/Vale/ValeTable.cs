using System.Text;
using System.Text.RegularExpressions;

namespace Lint.Cli.Reporting.Vale;

/// <summary>
/// The table Vale's CLI output draws (olekukonko/tablewriter with empty borders and separators): each cell
/// padded to its column's width between single spaces, an empty line above and below the rows, and with
/// wrapping on, a cell wider than 30 columns broken between words the way tablewriter breaks them (the
/// least raggedness; a word wider than the limit widens it). Widths are display widths.
/// </summary>
public static partial class ValeTable
{
    private const int MaxWidth = 30;
    private const int Penalty = 100_000;

    public static string Render(IReadOnlyList<string[]> rows, bool wrap)
    {
        var cells = rows.Select(r => r.Select(c => Lines(c, wrap)).ToList()).ToList();
        var columns = rows.Count == 0 ? 0 : rows.Max(r => r.Length);
        var widths = new int[columns];
        foreach (var row in cells)
        {
            for (var i = 0; i < row.Count; i++)
            {
                widths[i] = Math.Max(widths[i], row[i].Width);
            }
        }

        var text = new StringBuilder("\n");
        foreach (var row in cells)
        {
            var height = row.Max(c => c.Lines.Count);
            for (var line = 0; line < height; line++)
            {
                for (var i = 0; i < row.Count; i++)
                {
                    var cell = line < row[i].Lines.Count ? row[i].Lines[line] : "  ";
                    var gap = Math.Max(0, widths[i] - Width(cell));
                    text.Append(' ');
                    text.Append(Decimal().IsMatch(cell.Trim()) ? new string(' ', gap) + cell : cell + new string(' ', gap));
                    text.Append(' ');
                }

                text.Append('\n');
            }
        }

        return text.Append('\n').ToString();
    }

    private static (List<string> Lines, int Width) Lines(string cell, bool wrap)
    {
        var raw = cell.Split('\n').ToList();
        var width = raw.Max(Width);
        if (!wrap)
        {
            return (raw, width);
        }

        width = Math.Min(width, MaxWidth);
        var lines = new List<string>();
        var widest = width;
        for (var i = 0; i < raw.Count; i++)
        {
            var wrapped = WrapString(raw[i], width);
            widest = Math.Max(widest, wrapped.Max(Width));
            if (i > 0)
            {
                lines.Add(" ");
            }

            lines.AddRange(wrapped);
        }

        return (lines, widest);
    }

    /// <summary>tablewriter's WrapString: words split at single spaces, the limit raised to the widest word, then the least ragged breaks.</summary>
    private static List<string> WrapString(string text, int limit)
    {
        var words = text.Replace('\n', ' ').Split(' ');
        limit = Math.Max(limit, words.Max(Width));
        var n = words.Length;
        var length = new int[n, n];
        for (var i = 0; i < n; i++)
        {
            length[i, i] = Width(words[i]);
            for (var j = i + 1; j < n; j++)
            {
                length[i, j] = length[i, j - 1] + 1 + Width(words[j]);
            }
        }

        var next = new int[n];
        var cost = new long[n];
        for (var i = n - 1; i >= 0; i--)
        {
            cost[i] = int.MaxValue;
            if (length[i, n - 1] <= limit)
            {
                cost[i] = 0;
                next[i] = n;
                continue;
            }

            for (var j = i + 1; j < n; j++)
            {
                long d = limit - length[i, j - 1];
                var c = (d * d) + cost[j] + (length[i, j - 1] > limit ? Penalty : 0);
                if (c < cost[i])
                {
                    cost[i] = c;
                    next[i] = j;
                }
            }
        }

        var lines = new List<string>();
        for (var i = 0; i < n; i = next[i])
        {
            lines.Add(string.Join(' ', words[i..next[i]]));
        }

        return lines;
    }

    private static int Width(string text) => DisplayWidth.Of(Ansi().Replace(text, string.Empty));

    [GeneratedRegex(@"^-?(?:\d{1,3}(?:,\d{3})*|\d+)(?:\.\d+)?$")]
    private static partial Regex Decimal();

    [GeneratedRegex("\u001b\\[[0-9;]*m")]
    private static partial Regex Ansi();
}
