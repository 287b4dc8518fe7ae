using System.Text.RegularExpressions;

namespace Lint.Language.Spelling;

/// <summary>
/// What one spelling rule checks words against: its dictionaries (a word any of them has is correct) and the
/// words of its word lists (found as written or in lower case, as Vale adds them to each dictionary). As in
/// Vale, figures ("1,200", "3.5"), hexadecimal and binary numbers, 40-character hashes and a figure with a
/// unit the dictionary has ("100GB" when "GB" is a word) are correct too.
/// </summary>
public sealed partial class SpellChecker(IReadOnlyList<Func<HunspellDictionary>> dictionaries, IEnumerable<string> accepted)
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
        if (Known(word) || Number().IsMatch(word) || Hash().IsMatch(word))
        {
            return true;
        }

        var units = Units().Match(word);
        return units.Success && Known(units.Groups["unit"].Value);
    }

    private bool Known(string word)
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

    [GeneratedRegex("^[0-9]+(?:[.,-][0-9]+)*[.,-]?$|^0?x[0-9A-Fa-f]+$|^0b[01]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Number();

    [GeneratedRegex("^[0-9a-z]{40}$", RegexOptions.CultureInvariant)]
    private static partial Regex Hash();

    [GeneratedRegex("^[0-9]+(?<unit>[a-zA-Z]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex Units();
}
