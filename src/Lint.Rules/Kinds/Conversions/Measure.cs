using System.Globalization;

namespace Lint.Rules.Kinds.Conversions;

/// <summary>A number as written ("1,200", "37.5", "-4", "minus 4"), with the step its last digit stands for: 1 for "37", 0.1 for "37.5".</summary>
public readonly record struct Measure(double Value, double Step)
{
    public double Low => Value - (Step / 2);

    public double High => Value + (Step / 2);

    public static Measure? Parse(string written)
    {
        var digits = written.Replace(",", string.Empty, StringComparison.Ordinal).Replace('−', '-');
        if (digits.StartsWith("minus", StringComparison.Ordinal))
        {
            digits = "-" + digits["minus".Length..].TrimStart();
        }

        if (!double.TryParse(digits, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        var point = digits.IndexOf('.', StringComparison.Ordinal);
        var decimals = point < 0 ? 0 : digits.Length - point - 1;
        return new Measure(value, Math.Pow(10, -decimals));
    }
}
