using Lint.Text;

namespace Lint.Syntax.Quotations;

/// <summary>
/// Reads what a double quote mark does where it stands, from the marks a story may use and the characters
/// around it: it opens a quotation, closes one, is written the wrong way round, or is no quote at all (an
/// inch mark after a figure). The one reading of quote marks: the spans of <see cref="Quotations"/> and the
/// pairing a quote-balance rule checks both come from it.
/// </summary>
public sealed class QuoteMarks(QuotePairs pairs)
{
    public QuotePairs Pairs => pairs;

    /// <summary>The role of the mark at <paramref name="at"/>, given the mark of the innermost open quotation (or null).</summary>
    public QuoteRole RoleOf(string text, TextSpan paragraph, int at, char? top)
    {
        var mark = text[at];
        var canOpen = pairs.IsOpener(mark);
        var canClose = pairs.IsCloser(mark);
        var side = SideOf(text, paragraph, at);
        var afterDigit = at > paragraph.Start && char.IsDigit(text[at - 1]);
        if (afterDigit && canClose && top is null && side != MarkSide.Opening)
        {
            return QuoteRole.None;
        }

        if (canOpen && canClose)
        {
            if (top is { } outer && pairs.Closes(outer, mark))
            {
                return side == MarkSide.Opening ? QuoteRole.Open : QuoteRole.Close;
            }

            return side == MarkSide.Closing ? QuoteRole.Close : QuoteRole.Open;
        }

        if (canOpen)
        {
            return side == MarkSide.Closing && top is not null ? QuoteRole.BackwardsClose : QuoteRole.Open;
        }

        return side == MarkSide.Opening && top is null ? QuoteRole.BackwardsOpen : QuoteRole.Close;
    }

    /// <summary>The position of the first double quote mark in [from, end), or -1.</summary>
    public int Next(string text, int from, int end)
    {
        var found = text.AsSpan(from, end - from).IndexOfAny(pairs.Marks);
        return found < 0 ? -1 : from + found;
    }

    private MarkSide SideOf(string text, TextSpan paragraph, int at)
    {
        var spaceBefore = at == paragraph.Start || IsOpeningContext(text[at - 1]);
        var spaceAfter = at + 1 == paragraph.End || IsClosingContext(text[at + 1]);
        return (spaceBefore, spaceAfter) switch
        {
            (true, false) => MarkSide.Opening,
            (false, true) => MarkSide.Closing,
            _ => MarkSide.Unclear,
        };
    }

    private bool IsOpeningContext(char before) =>
        char.IsWhiteSpace(before) || before is '(' or '[' or '{' or '—' or '–' or '-' or '/' or '‘' or '\'' || pairs.IsOpener(before);

    private bool IsClosingContext(char after) =>
        char.IsWhiteSpace(after) || after is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '}' or '—' or '–' or '…' or '’' or '\''
        || (pairs.IsCloser(after) && !pairs.IsOpener(after));
}
