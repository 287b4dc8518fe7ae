using Lint.Text;

namespace Lint.Syntax;

/// <summary>
/// A heading, paragraph, list item, quote or caption: the unit a copy editor reads as one piece. Inside
/// its span, <see cref="Excluded"/> lists the ranges that are not prose (inline code, a link's target,
/// emphasis markers, inline HTML): sentences and words skip them, and rules ignore matches that touch them.
/// </summary>
public sealed class Block(BlockKind kind, TextSpan span, IReadOnlyList<Sentence> sentences, IReadOnlyList<TextSpan>? excluded = null)
{
    public BlockKind Kind { get; } = kind;

    public TextSpan Span { get; } = span;

    public IReadOnlyList<Sentence> Sentences { get; } = sentences;

    /// <summary>The ranges inside <see cref="Span"/> that are not prose, in order and not overlapping.</summary>
    public IReadOnlyList<TextSpan> Excluded { get; } = excluded ?? [];

    /// <summary>True when <paramref name="span"/> overlaps a range that is not prose (an empty span: lies inside one).</summary>
    public bool TouchesExcluded(TextSpan span)
    {
        // The first excluded range that ends after the span starts is the only one that can overlap it first.
        var low = 0;
        var high = Excluded.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (Excluded[middle].End <= span.Start)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low < Excluded.Count && Excluded[low].Start < Math.Max(span.End, span.Start + 1);
    }
}
