namespace Lint.Rules.Kinds.Conversions;

/// <summary>
/// One pair of units and the arithmetic between them: <c>to = (from + offset) × factor</c>. A conversion
/// with an offset (Fahrenheit to Celsius) also accepts <c>to = from × factor</c>, the way a difference of
/// temperatures converts ("20 degrees (11 degrees Celsius) warmer"). <see cref="Tolerance"/> is the share
/// of the value that rounding may take.
/// </summary>
public sealed class UnitConversion(IReadOnlySet<string> from, IReadOnlySet<string> to, double factor, double offset, double tolerance)
{
    public double Tolerance { get; } = tolerance;

    /// <summary>+1 when the first unit is this conversion's <c>from</c> and the second its <c>to</c>, -1 the other way round, 0 when it does not convert between them.</summary>
    public int Direction(string first, string second) =>
        from.Contains(first) && to.Contains(second) ? 1 : to.Contains(first) && from.Contains(second) ? -1 : 0;

    /// <summary>True when <paramref name="converted"/> can be <paramref name="original"/> converted and rounded, in the given direction.</summary>
    public bool Fits(Measure original, Measure converted, int direction) =>
        Fits(original, converted, direction, offset) || (offset != 0 && Fits(original, converted, direction, 0));

    /// <summary>What <paramref name="value"/> converts to, in the given direction.</summary>
    public double Convert(double value, int direction) => Convert(value, direction, offset);

    private bool Fits(Measure original, Measure converted, int direction, double shift)
    {
        var a = Convert(original.Low, direction, shift);
        var b = Convert(original.High, direction, shift);
        var slack = Tolerance * Math.Max(Math.Abs(a), Math.Abs(b));
        var low = Math.Min(a, b) - slack;
        var high = Math.Max(a, b) + slack;
        return converted.High >= low && converted.Low <= high;
    }

    private double Convert(double value, int direction, double shift) =>
        direction > 0 ? (value + shift) * factor : (value / factor) - shift;
}
