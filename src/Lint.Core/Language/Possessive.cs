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
}
