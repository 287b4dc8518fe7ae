using Lint.Text;

namespace Lint.Syntax.Quotations;

/// <summary>
/// The direct quotations of one block, as spans that include their quote marks. A quotation still open
/// at the end of the block runs to its end (<see cref="EndsOpen"/>), as a quote continued in the next
/// paragraph does; <see cref="OpensAtStart"/> says the block itself begins with an opening quote mark.
/// </summary>
public sealed record QuotedSpans(IReadOnlyList<TextSpan> Spans, bool OpensAtStart, bool EndsOpen)
{
    public static QuotedSpans None { get; } = new([], false, false);

    /// <summary>True when <paramref name="span"/> lies wholly inside one quotation.</summary>
    public bool Contains(TextSpan span)
    {
        foreach (var quote in Spans)
        {
            if (quote.Contains(span))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="span"/> shares any text with a quotation.</summary>
    public bool Overlaps(TextSpan span)
    {
        foreach (var quote in Spans)
        {
            if (quote.OverlapsWith(span))
            {
                return true;
            }
        }

        return false;
    }
}
