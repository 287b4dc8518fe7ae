using Lint.Text;

namespace Lint.Syntax.Quotations;

/// <summary>
/// Finds the direct quotations of a block, read with <see cref="QuoteMarks"/>: a quotation runs from a mark
/// that opens to the next mark that closes. A stray opening mark inside an open quotation keeps it open; a
/// closing mark with nothing open, and a mark that is no quote (an inch mark), are passed over; a quotation
/// still open at the end of the block runs to its end. Single quotes are left alone, since they double as
/// apostrophes.
/// </summary>
public static class Quotations
{
    private static readonly QuoteMarks Standard = new(QuotePairs.Standard);

    public static QuotedSpans Find(string text, TextSpan block) => Find(text, block, Standard);

    public static QuotedSpans Find(string text, TextSpan block, QuoteMarks marks)
    {
        var spans = new List<TextSpan>();
        var open = -1;
        var openMark = '\0';
        for (var i = marks.Next(text, block.Start, block.End); i >= 0; i = marks.Next(text, i + 1, block.End))
        {
            switch (marks.RoleOf(text, block, i, open >= 0 ? openMark : null))
            {
                case QuoteRole.Open when open < 0:
                    (open, openMark) = (i, text[i]);
                    break;
                case QuoteRole.BackwardsOpen when open < 0:
                    (open, openMark) = (i, marks.Pairs.OpenerFor(text[i]));
                    break;
                case QuoteRole.Close or QuoteRole.BackwardsClose when open >= 0:
                    spans.Add(TextSpan.FromBounds(open, i + 1));
                    open = -1;
                    break;
            }
        }

        if (open >= 0)
        {
            spans.Add(TextSpan.FromBounds(open, block.End));
        }

        var opensAtStart = !block.IsEmpty && marks.Pairs.IsOpener(text[block.Start]);
        return new QuotedSpans(spans, opensAtStart, open >= 0);
    }
}
