namespace Lint.Language.Spelling;

/// <summary>
/// What one spelling rule checks words against: its dictionaries (a word any of them has is correct) and the
/// words of its word lists (found as written or in lower case, as Vale adds them to each dictionary).
/// </summary>
public sealed class SpellChecker(IReadOnlyList<Func<HunspellDictionary>> dictionaries, IEnumerable<string> accepted)
{
    private readonly HashSet<string> _accepted = new(accepted, StringComparer.Ordinal);

    /// <summary>The word with every dictionary's <c>ICONV</c> conversions made, in turn (Vale's order), so "don’t" is looked up as "don't".</summary>
    public string Convert(string word)
    {
        foreach (var dictionary in dictionaries)
        {
            word = dictionary().Affixes.Convert(word);
        }

        return word;
    }

    public bool IsCorrect(string word)
    {
        if (_accepted.Contains(word) || _accepted.Contains(word.ToLowerInvariant()))
        {
            return true;
        }

        foreach (var dictionary in dictionaries)
        {
            if (dictionary().Contains(word))
            {
                return true;
            }
        }

        return false;
    }
}
