using System.Globalization;
using System.Text.RegularExpressions;
using Lint.Language;

namespace Lint.Rules.Kinds.Arithmetic;

/// <summary>
/// A figure as written ("$11,380", "4.6", "three", "a" (one), "$1.4 billion", "about 230", a race time "1:14:06" in seconds), with how far rounding may have
/// moved it: half its last digit; after a hedge ("about", "nearly") the trailing zeros of a whole number
/// count as rounding too ("about 230" may be 234).
/// </summary>
public readonly partial record struct Figure(double Value, double Step)
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
        var text = Standard(written[first..].Trim());
        if (text.Contains(':', StringComparison.Ordinal))
        {
            return Clock(text);
        }

        var scale = 1.0;
        var space = text.IndexOfAny([' ', '\u00A0']);
        if (space < 0 && text.AsSpan().IndexOfAnyInRange('a', 'z') is var letter and > 0)
        {
            // "96.4mil": the scale written on to the figure.
            text = string.Concat(text.AsSpan(0, letter), " ", text.AsSpan(letter));
            space = letter;
        }

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

    /// <summary>
    /// The figure with its thousands unmarked and a decimal point for a decimal comma: "800,000" and "800 000" give
    /// "800000", "1,2 million" (a comma before one or two digits and a scale word) "1.2 million".
    /// </summary>
    private static string Standard(string figure)
    {
        var spaced = SpaceGroups().Replace(figure, string.Empty);
        var decimalComma = DecimalComma().Match(spaced);
        return decimalComma.Success
            ? string.Concat(spaced.AsSpan(0, decimalComma.Index), ".", spaced.AsSpan(decimalComma.Index + 1))
            : spaced.Replace(",", string.Empty, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"(?<=\d)[ \u00A0](?=\d{3}(?!\d))")]
    private static partial Regex SpaceGroups();

    [GeneratedRegex(@"(?<=^\d+),(?=\d{1,2}[ \u00A0]\p{L})")]
    private static partial Regex DecimalComma();

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
