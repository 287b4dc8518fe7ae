using System.Globalization;
using Lint.Language;

namespace Lint.Rules.Kinds.Arithmetic;

/// <summary>
/// A figure as written ("$11,380", "4.6", "three", "a" (one), "$1.4 billion", "about 230", a race time "1:14:06" in seconds), with how far rounding may have
/// moved it: half its last digit; after a hedge ("about", "nearly") the trailing zeros of a whole number
/// count as rounding too ("about 230" may be 234).
/// </summary>
public readonly record struct Figure(double Value, double Step)
{
    /// <summary>"a" or "an" standing for one in a list of counts ("nine homes and a shed").</summary>
    public static bool IsArticle(string written) =>
        written.Trim() is var word && (word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase));

    public static Figure? Parse(string written, IReadOnlyDictionary<string, double> scales)
    {
        var first = written.IndexOfAny(Digits);
        if (first < 0)
        {
            // "three": a number spelled out is exact, and so is "a" in a list of counts ("nine homes and a shed").
            var word = written.Trim();
            return IsArticle(word) ? new Figure(1, 0) : NumberWords.TryValue(word, out var counted) ? new Figure(counted, 0) : null;
        }

        var hedged = written[..first].Trim().TrimEnd('$', '€', '£').Length > 0;
        var text = written[first..].Trim().Replace(",", string.Empty, StringComparison.Ordinal);
        if (text.Contains(':', StringComparison.Ordinal))
        {
            return Clock(text);
        }

        var scale = 1.0;
        var space = text.IndexOfAny([' ', '\u00A0']);
        if (space > 0)
        {
            if (!scales.TryGetValue(text[(space + 1)..].Trim(), out scale))
            {
                return null;
            }

            text = text[..space];
        }

        if (!double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        var point = text.IndexOf('.', StringComparison.Ordinal);
        var step = point >= 0 ? Math.Pow(10, -(text.Length - point - 1)) : hedged ? Math.Pow(10, TrailingZeros(text)) : 1;
        return new Figure(value * scale, step * scale);
    }

    private static readonly char[] Digits = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

    // A race time, "1:14:06" or "4:05.2", in seconds: each part is worth 60 of the next.
    private static Figure? Clock(string text)
    {
        var seconds = 0.0;
        foreach (var part in text.Split(':'))
        {
            if (!double.TryParse(part, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            {
                return null;
            }

            seconds = (seconds * 60) + value;
        }

        var point = text.IndexOf('.', StringComparison.Ordinal);
        return new Figure(seconds, point >= 0 ? Math.Pow(10, -(text.Length - point - 1)) : 1);
    }

    private static int TrailingZeros(string digits)
    {
        var zeros = 0;
        for (var i = digits.Length - 1; i > 0 && digits[i] == '0'; i--)
        {
            zeros++;
        }

        return zeros;
    }
}
