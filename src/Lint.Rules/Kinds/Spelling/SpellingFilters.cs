using System.Text.RegularExpressions;

namespace Lint.Rules.Kinds.Spelling;

/// <summary>
/// Vale's default filters, which <c>custom: true</c> turns off: a word is not checked when it holds a
/// character other than a letter, <c>_</c> or <c>'</c> (figures, "U.S.", "e-mail", "x86"), ends in a capital
/// letter (acronyms such as NASA, and "iOS"), or is mixed case as in "MongoDB" (a capital, lower-case letters,
/// then a capital and more).
/// </summary>
internal static partial class SpellingFilters
{
    public static bool Skips(string word)
    {
        if (word.Length == 0 || char.IsUpper(word[^1]))
        {
            return true;
        }

        foreach (var c in word)
        {
            if (!char.IsLetter(c) && c is not ('_' or '\''))
            {
                return true;
            }
        }

        return MixedCase().IsMatch(word);
    }

    [GeneratedRegex("[A-Z][a-z]+[A-Z]+[0-9A-Za-z_]+", RegexOptions.CultureInvariant)]
    private static partial Regex MixedCase();
}
