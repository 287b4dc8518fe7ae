using Lint.Syntax;
using Lint.Text;

namespace Lint.Formats;

/// <summary>
/// Turns the blocks a parser found into <see cref="Block"/>s: sentences and words are split on a copy of
/// the text with the non-prose ranges blanked out. Nested blocks (alt text) lie inside an excluded range
/// of their parent, so they are split on a copy of their own.
/// </summary>
internal static class BlockAssembly
{
    public static List<Block> Build(string text, IEnumerable<PendingBlock> pending)
    {
        var all = pending.OrderBy(p => p.Span.Start).ThenBy(p => p.Nested).ToList();
        var outer = ProseMask.Apply(text, all.Where(p => !p.Nested).SelectMany(p => p.Excluded));
        var inner = all.Any(p => p.Nested) ? ProseMask.Apply(text, all.Where(p => p.Nested).SelectMany(p => p.Excluded)) : outer;
        return all.Select(p => ProseMask.CreateBlock(p.Nested ? inner : outer, p.Kind, p.Span, p.Excluded)).ToList();
    }

    /// <summary>
    /// A block from the prose ranges found inside it: its span runs from the first to the last prose
    /// character that is not white space, and whatever lies between two prose ranges (markup, code, a
    /// link's target), trimmed of white space, is excluded. Null when there is no prose.
    /// </summary>
    public static PendingBlock? FromProse(string text, BlockKind kind, IReadOnlyList<TextSpan> prose, bool nested)
    {
        var ranges = prose.Where(p => !p.IsEmpty).OrderBy(p => p.Start).ToList();
        var first = ranges.FindIndex(r => !IsBlank(text, r));
        var last = ranges.FindLastIndex(r => !IsBlank(text, r));
        if (first < 0)
        {
            return null;
        }

        var start = ranges[first].Start;
        while (char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        var end = ranges[last].End;
        while (char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var excluded = new List<TextSpan>();
        for (var i = first; i < last; i++)
        {
            var gap = Trim(text, TextSpan.FromBounds(ranges[i].End, Math.Max(ranges[i].End, ranges[i + 1].Start)));
            if (!gap.IsEmpty)
            {
                excluded.Add(gap);
            }
        }

        return new PendingBlock(kind, TextSpan.FromBounds(start, end), excluded, nested);
    }

    private static bool IsBlank(string text, TextSpan span) => text.AsSpan(span.Start, span.Length).IsWhiteSpace();

    private static TextSpan Trim(string text, TextSpan span)
    {
        var (start, end) = (span.Start, span.End);
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return TextSpan.FromBounds(start, end);
    }
}
