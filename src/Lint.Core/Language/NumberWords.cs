using System.Collections.Frozen;

namespace Lint.Language;

/// <summary>The numbers AP spells out in copy ("nine", "two") and the round tens, with their values.</summary>
public static class NumberWords
{
    private static readonly string[] UpToTwenty =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
    ];

    private static readonly string[] Tens = ["thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    private static readonly FrozenDictionary<string, int> Values = UpToTwenty.Select((w, i) => (w, i))
        .Concat(Tens.Select((w, i) => (w, 30 + (10 * i))))
        .ToFrozenDictionary(p => p.w, p => p.Item2, StringComparer.OrdinalIgnoreCase);

    /// <summary>Every word, for a pattern that accepts them.</summary>
    public static IEnumerable<string> All => Values.Keys;

    public static bool TryValue(string word, out int value) => Values.TryGetValue(word, out value);
}
