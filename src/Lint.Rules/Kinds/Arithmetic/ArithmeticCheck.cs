using System.Text.RegularExpressions;

namespace Lint.Rules.Kinds.Arithmetic;

/// <summary>One pattern that states two figures and what they come to, and how: their sum or their difference.</summary>
public sealed record ArithmeticCheck(Regex Pattern, bool IsSum)
{
    /// <summary>What the total should be; the difference is taken either way round.</summary>
    public double Expected(Figure a, Figure b) => IsSum ? a.Value + b.Value : Math.Abs(a.Value - b.Value);

    // Lets a gap exactly at the rounding limit through despite the binary fractions of "1.4" and "1.1".
    private const double FloatingSlack = 1.0000001;

    /// <summary>True when rounding of the three figures can explain the gap between the total written and the one computed.</summary>
    public bool Fits(Figure a, Figure b, Figure total) =>
        Math.Abs(Expected(a, b) - total.Value) <= (a.Step + b.Step + total.Step) / 2 * FloatingSlack;
}
