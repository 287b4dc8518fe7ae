namespace Lint.Language;

/// <summary>The owner in a possessive: "shakespeare" in "shakespeare’s", "officials" in "officials'".</summary>
public static class Possessive
{
    public static string? Owner(string word)
    {
        if (word.Length > 2 && (word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || word.EndsWith("’s", StringComparison.OrdinalIgnoreCase)))
        {
            return word[..^2];
        }

        return null;
    }

    /// <summary>
    /// How long <paramref name="word"/> is without a possessive ending: "Greyport's" and "Ellery’s" lose the "'s",
    /// "Jones'" loses the apostrophe; a word too short to own anything ("I's") keeps its length.
    /// </summary>
    public static int OwnerLength(ReadOnlySpan<char> word)
    {
        if (word.Length > 3 && word[^1] is 's' && word[^2] is '\'' or '’')
        {
            return word.Length - 2;
        }

        return word.Length > 2 && word[^1] is '\'' or '’' && word[^2] is 's' ? word.Length - 1 : word.Length;
    }
}
