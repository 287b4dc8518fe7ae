using System.Text.RegularExpressions;

namespace Lint.Rules.Kinds.Arithmetic;

/// <summary>
/// One pattern that states figures and what they come to, and how (<see cref="Op"/>): their sum (of two or three),
/// their difference, a change in percent ("rose 6 percent to $1.42 billion from $1.21 billion"), a part as a
/// percentage of its whole, a product, or percentages of one whole ("58 percent opposed, 35 percent supported and 12
/// percent were undecided") that may not come to more than 100. <see cref="CountsWords"/> says the pattern counts
/// things, in figures or spelled out ("drawing three"): a block with fewer than three runs of digits may still hold
/// it, and the count must come out exact.
/// </summary>
public sealed record ArithmeticCheck(Regex Pattern, ArithmeticOp Op, bool CountsWords = false)
{
    public bool IsShares => Op == ArithmeticOp.Shares;

    /// <summary>True when rounding of the shares can explain how far they go past 100 percent.</summary>
    public bool FitsInWhole(Figure a, Figure b, Figure? c) =>
        Expected(a, b, c) - 100 <= (a.Step + b.Step + (c?.Step ?? 0)) / 2 * FloatingSlack;

    // Lets a gap exactly at the rounding limit through despite the binary fractions of "1.4" and "1.1".
    private const double FloatingSlack = 1.0000001;

    /// <summary>What the total should be; the difference (and the change in percent) is taken either way round.</summary>
    public double Expected(Figure a, Figure b, Figure? c = null) => Op switch
    {
        ArithmeticOp.Change => Change(a.Value, b.Value),
        ArithmeticOp.Percent => a.Value / b.Value * 100,
        ArithmeticOp.Product => a.Value * b.Value,
        ArithmeticOp.Difference => Math.Abs(a.Value - b.Value),
        _ => a.Value + b.Value + (c?.Value ?? 0),
    };

    /// <summary>
    /// True when rounding of the figures can explain the gap between the total written and the one computed.
    /// Counts (games won, drawn and lost) are exact: there is no rounding to allow for. So are whole figures
    /// written to the unit with no hedge ("1,845 votes to 1,610, a margin of 235", "31 dogs, 18 cats and 6
    /// rabbits, a total of 55"): nothing was rounded to make them.
    /// </summary>
    public bool Fits(Figure a, Figure b, Figure? c, Figure total) =>
        Op is ArithmeticOp.Change or ArithmeticOp.Percent ? RatioFits(a, b, total)
            : Op == ArithmeticOp.Product ? Math.Abs((a.Value * b.Value) - total.Value) <= ((a.Step * b.Value) + (b.Step * a.Value) + total.Step) / 2 * FloatingSlack
            : CountsWords || (IsWhole(a) && IsWhole(b) && (c is not { } third || IsWhole(third)) && IsWhole(total))
            ? Expected(a, b, c) == total.Value
            : Math.Abs(Expected(a, b, c) - total.Value) <= (a.Step + b.Step + (c?.Step ?? 0) + total.Step) / 2 * FloatingSlack;

    /// <summary>
    /// True when some figures that round to those written give a change (or a share) in percent that rounds to the
    /// one written: it is worked out at the corners of both figures' rounding ranges.
    /// </summary>
    private bool RatioFits(Figure a, Figure b, Figure total)
    {
        double low = double.MaxValue, high = 0;
        foreach (var now in new[] { a.Value - (a.Step / 2), a.Value + (a.Step / 2) })
        {
            foreach (var then in new[] { b.Value - (b.Step / 2), b.Value + (b.Step / 2) })
            {
                if (then <= 0)
                {
                    return true;
                }

                var ratio = Op == ArithmeticOp.Percent ? now / then * 100 : Change(now, then);
                low = Math.Min(low, ratio);
                high = Math.Max(high, ratio);
            }
        }

        // Old and new ranges that overlap allow no change at all.
        if (Op == ArithmeticOp.Change && a.Value - (a.Step / 2) <= b.Value + (b.Step / 2) && b.Value - (b.Step / 2) <= a.Value + (a.Step / 2))
        {
            low = 0;
        }

        var slack = total.Step / 2 * FloatingSlack;
        return total.Value + slack >= low && total.Value - slack <= high;
    }

    private static double Change(double now, double then) => Math.Abs(now - then) / then * 100;

    private static bool IsWhole(Figure figure) => figure.Step == 1 && figure.Value == Math.Floor(figure.Value);
}
