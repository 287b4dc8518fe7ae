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

    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> differ only by two neighbouring digits swapped ("3124", "3214").</summary>
    public static bool AreSwapped(string a, string b)
    {
        if (a.Length != b.Length || a == b)
        {
            return false;
        }

        var first = 0;
        while (a[first] == b[first])
        {
            first++;
        }

        return first + 1 < a.Length
            && a[first] == b[first + 1] && a[first + 1] == b[first]
            && a.AsSpan(first + 2).SequenceEqual(b.AsSpan(first + 2));
    }
}
