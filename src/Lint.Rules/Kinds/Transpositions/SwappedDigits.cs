namespace Lint.Rules.Kinds.Transpositions;

/// <summary>How two figures written alike differ: by two neighbouring digits swapped, and nothing else.</summary>
public static class SwappedDigits
{
    /// <summary>The figure without its digits ("$,") : two figures are compared only when this is the same.</summary>
    public static string Shape(string figure) => string.Concat(figure.Where(c => !char.IsAsciiDigit(c)));

    /// <summary>The figure's digits in order ("312400" for "$312,400").</summary>
    public static string Digits(string figure) => string.Concat(figure.Where(char.IsAsciiDigit));

    /// <summary>How many digits come before the trailing zeros: 4 for "312400".</summary>
    public static int Significant(string digits) => digits.TrimEnd('0').Length;

    /// <summary>The digits with each pair of unlike neighbours swapped in turn: "3124" gives "1324", "3214" and "3142".</summary>
    public static IEnumerable<string> Swaps(string digits)
    {
        for (var i = 0; i + 1 < digits.Length; i++)
        {
            if (digits[i] != digits[i + 1])
            {
                var swapped = digits.ToCharArray();
                (swapped[i], swapped[i + 1]) = (swapped[i + 1], swapped[i]);
                yield return new string(swapped);
            }
        }
    }
}
