namespace Lint.Language;

/// <summary>
/// The shape of a written word, and how to write a replacement in the shape of the word it replaces:
/// the one casing helper every rule kind and every fix uses.
/// </summary>
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

    /// <summary>
    /// True when the word is letters, hyphens and apostrophes only, as a name may be ("O'Neil", "Smith-Jones", "ferro"),
    /// and no figure, dot or other mark.
    /// </summary>
    public static bool IsLetterWord(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsLetter(c) && c is not ('-' or '\'' or '’'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"Senator", "A", "O'Neil" is not: a capital first letter and no other capital.</summary>
    public static bool IsCapitalized(ReadOnlySpan<char> word) =>
        !word.IsEmpty && char.IsUpper(word[0]) && CasingOf.Word(word) == Casing.Capitalized;

    /// <summary>"Pago", "McDonald", "O'Neil", "Ní": a capital first and lower case after it, the shape of a name.</summary>
    public static bool IsNameShaped(ReadOnlySpan<char> word) =>
        word.Length > 1 && char.IsUpper(word[0]) && (word[1..].ContainsAnyInRange('a', 'z') || HasLowerBeyondAscii(word[1..]));

    private static bool HasLowerBeyondAscii(ReadOnlySpan<char> letters)
    {
        foreach (var c in letters)
        {
            if (c > '\u007f' && char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"NASA", "ADVISERS": two letters or more, all capitals.</summary>
    public static bool IsAllCapitals(ReadOnlySpan<char> word) => CasingOf.Word(word) == Casing.Upper;

    /// <summary>The word with its first letter in upper case ("monday" becomes "Monday"); the rest as written.</summary>
    public static string UpperFirst(string word) =>
        word.Length == 0 ? word : string.Concat(char.ToUpperInvariant(word[0]).ToString(), word.AsSpan(1));

    /// <summary>
    /// A replacement written in the shape of the words it replaces: all capitals for all capitals ("ADVISORS" ->
    /// "ADVISERS"), a capital first letter for one ("Filing" -> "Filling", "A" -> "An"). A replacement with
    /// capitals of its own ("iPhone", "U.S.") is kept as it is, and so is any replacement of lower-case words.
    /// </summary>
    public static string CaseLike(string found, string replacement)
    {
        // The pronoun "I" is written in capitals wherever it stands, so it says nothing of the case its replacement needs.
        if (found.Length == 0 || replacement.Length == 0 || !char.IsUpper(found[0]) || replacement.Any(char.IsUpper) || found == "I")
        {
            return replacement;
        }

        return IsAllCapitals(found) ? replacement.ToUpperInvariant() : UpperFirst(replacement);
    }
}
