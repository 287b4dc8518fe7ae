using System.Globalization;

namespace Lint.Language.Spelling;

/// <summary>
/// A Hunspell dictionary (<c>.aff</c> and <c>.dic</c>) with every word form expanded once, when it is read.
/// A word is found as written, or in lower case ("The" at a sentence start is "the", as Vale looks words up),
/// or, written all in capitals, in its capitalized form ("PARIS" is "Paris"); a <c>KEEPCASE</c> word only as
/// written; a <c>FORBIDDENWORD</c> form never. Ordinals and other words made by <c>COMPOUNDRULE</c> are
/// found by those rules, and a word not found is split where <c>BREAK</c> says (at hyphens, by default) and
/// found when each part is. Lookups are thread-safe.
/// </summary>
public sealed class HunspellDictionary
{
    private readonly HashSet<string> _words;
    private readonly HashSet<string> _keepCase;
    private readonly HashSet<string> _forbidden;
    private readonly List<System.Text.RegularExpressions.Regex> _compounds;

    private HunspellDictionary(AffixFile affixes, HashSet<string> words, HashSet<string> keepCase, HashSet<string> forbidden, List<System.Text.RegularExpressions.Regex> compounds)
    {
        Affixes = affixes;
        _words = words;
        _keepCase = keepCase;
        _forbidden = forbidden;
        _compounds = compounds;
    }

    public AffixFile Affixes { get; }

    /// <summary>How many word forms the dictionary holds once expanded.</summary>
    public int Count => _words.Count;

    /// <summary>The notes of the affix file and of the word list (see <see cref="AffixFile.Notes"/>).</summary>
    public IReadOnlyList<DictionaryNote> Notes => Affixes.Notes;

    /// <summary>Reads a <c>.dic</c> file's text against its affix file: a first line with the number of words, then a word per line, with its flags after a <c>/</c>.</summary>
    /// <exception cref="DictionaryFormatException">A line is not written as the format says.</exception>
    public static HunspellDictionary Read(AffixFile affixes, TextReader dic)
    {
        var header = dic.ReadLine()?.Trim();
        if (header is null || !int.TryParse(header.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            throw new DictionaryFormatException(1, $"The first line of a .dic file is the number of words in it, not '{header}'.");
        }

        var words = new HashSet<string>(count * 3, StringComparer.Ordinal);
        var keepCase = new HashSet<string>(StringComparer.Ordinal);
        var forbidden = new HashSet<string>(StringComparer.Ordinal);
        var compounds = new CompoundParts(affixes);
        HashSet<string> target = words;
        var keep = false;
        var expander = new WordExpander(affixes, form =>
        {
            target.Add(form);
            if (keep)
            {
                keepCase.Add(form);
            }
        });
        var number = 1;
        while (dic.ReadLine() is { } line)
        {
            number++;
            if (DicEntry.Parse(line, affixes, number) is not var (stem, flags))
            {
                continue;
            }

            compounds.Add(stem, flags);
            if (WordExpander.Has(flags, affixes.OnlyInCompound))
            {
                continue;
            }

            target = WordExpander.Has(flags, affixes.Forbidden) ? forbidden : words;
            keep = WordExpander.Has(flags, affixes.KeepCase);
            expander.Expand(stem, flags);
        }

        words.ExceptWith(forbidden);
        words.TrimExcess();
        return new HunspellDictionary(affixes, words, keepCase, forbidden, compounds.Rules());
    }

    /// <summary>True when the word, as Vale and Hunspell read case, is a form of the dictionary (see the class).</summary>
    public bool Contains(string word) => Find(word) || Broken(word);

    private bool Find(string word)
    {
        if (word.Length == 0 || _forbidden.Contains(word))
        {
            return false;
        }

        if (_words.Contains(word))
        {
            return true;
        }

        var lower = word.ToLowerInvariant();
        if (lower != word && Loose(lower))
        {
            return true;
        }

        if (word.Length > 1 && lower != word && word.ToUpperInvariant() == word)
        {
            var capitalized = string.Concat(word.AsSpan(0, 1), lower.AsSpan(1));
            if (Loose(capitalized))
            {
                return true;
            }
        }

        return _compounds.Exists(rule => rule.IsMatch(word) || rule.IsMatch(lower));
    }

    /// <summary>A form found in another case than written: not when the dictionary keeps its case or forbids it.</summary>
    private bool Loose(string form) => _words.Contains(form) && !_keepCase.Contains(form) && !_forbidden.Contains(form);

    private bool Broken(string word)
    {
        foreach (var mark in Affixes.Breaks)
        {
            if (mark.Length > 1 && mark[0] == '^' && word.StartsWith(mark[1..], StringComparison.Ordinal) && word.Length > mark.Length - 1 && Contains(word[(mark.Length - 1)..]))
            {
                return true;
            }

            if (mark.Length > 1 && mark[^1] == '$' && word.EndsWith(mark[..^1], StringComparison.Ordinal) && word.Length > mark.Length - 1 && Contains(word[..^(mark.Length - 1)]))
            {
                return true;
            }

            if (mark.Length > 0 && mark[0] != '^' && mark[^1] != '$' && word.Contains(mark, StringComparison.Ordinal))
            {
                var parts = word.Split(mark);
                if (parts.All(p => p.Length > 0) && parts.All(Contains))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
