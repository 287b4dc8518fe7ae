using System.Text;

namespace Lint.Cli.Reporting;

/// <summary>
/// The source line under a finding, as a terminal shows it: a window of <see cref="Context"/> columns either
/// side of the finding (marked "…" where the line goes on), at most <see cref="MaxMarked"/> columns of the
/// finding itself, and a line of carets under the finding, placed by display width so that they stay under
/// the words after Chinese text or emoji.
/// </summary>
public sealed record Excerpt(string Line, string Carets)
{
    public const string Indent = "    ";

    public const int Context = 60;

    public const int MaxMarked = 80;

    /// <param name="line">The line's text.</param>
    /// <param name="from">Where the finding starts in the line (UTF-16 code units).</param>
    /// <param name="to">Where it ends in the line (the line's length when it goes on past it).</param>
    public static Excerpt Of(string line, int from, int to)
    {
        line = Printable(line);
        from = Math.Clamp(from, 0, line.Length);
        to = Math.Clamp(to, from, line.Length);
        var markedEnd = DisplayWidth.Forward(line, from, to, MaxMarked);
        var windowStart = DisplayWidth.Backward(line, from, Context);
        var windowEnd = markedEnd < to ? markedEnd : DisplayWidth.Forward(line, to, line.Length, Context);
        var shown = new StringBuilder(Indent);
        shown.Append(windowStart > 0 ? "…" : string.Empty);
        var lead = DisplayWidth.Of(shown.ToString()) + DisplayWidth.Of(line.AsSpan(windowStart, from - windowStart));
        shown.Append(line, windowStart, windowEnd - windowStart);
        shown.Append(windowEnd < line.Length ? "…" : string.Empty);
        var marked = Math.Max(1, DisplayWidth.Of(line.AsSpan(from, markedEnd - from)));
        return new Excerpt(shown.ToString(), new string(' ', lead) + new string('^', marked));
    }

    /// <summary>A tab or another control character would move the carets: each is shown as one space.</summary>
    private static string Printable(string line) =>
        string.Create(line.Length, line, (chars, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                chars[i] = char.IsControl(source[i]) ? ' ' : source[i];
            }
        });
}
