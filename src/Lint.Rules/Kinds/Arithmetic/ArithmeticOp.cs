namespace Lint.Rules.Kinds.Arithmetic;

/// <summary>How a check's figures <c>a</c>, <c>b</c> (and <c>c</c>) come to its <c>total</c>, as a rule's <c>op</c> names it.</summary>
public enum ArithmeticOp
{
    /// <summary><c>sum</c>: a + b (+ c).</summary>
    Sum,

    /// <summary><c>difference</c>: the gap between a and b, either way round.</summary>
    Difference,

    /// <summary><c>shares</c>: percentages of one whole, which may not come to more than 100 (no total).</summary>
    Shares,

    /// <summary><c>change</c>: the change in percent from b, the old figure, to a, the new one.</summary>
    Change,

    /// <summary><c>percent</c>: a as a percentage of b.</summary>
    Percent,

    /// <summary><c>product</c>: a times b.</summary>
    Product,
}
