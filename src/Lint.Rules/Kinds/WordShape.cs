namespace Lint.Rules.Kinds;

/// <summary>Small checks on the shape of a word that several kinds share.</summary>
public static class WordShape
{
    /// <summary>True when every character of the word is a letter (no digits, hyphens or dots).</summary>
    public static bool IsAllLetters(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The word with its first letter in upper case ("monday" becomes "Monday"); the rest as written.</summary>
    public static string UpperFirst(string word) =>
        word.Length == 0 ? word : string.Concat(char.ToUpperInvariant(word[0]).ToString(), word.AsSpan(1));
}
