namespace Lint.Rules.Kinds.Metric;

/// <summary>
/// Syllables counted as readability formulas count them: groups of vowels (y included), less a silent
/// final e ("make", but not "table" or "free"), an -ed that is not its own syllable ("walked", not
/// "wanted") and an -es that is not ("makes", not "boxes"), plus one where a prefix "re" or "pre" of a long
/// word meets the next vowel ("re-organize", "re-evaluate", "pre-existing"); at least one per word. Like Vale's count, it is a close
/// estimate, not a dictionary's.
/// </summary>
public static class Syllables
{
    public static int Count(string word)
    {
        var w = word.ToLowerInvariant().TrimEnd('\'', '’');
        var apostrophe = w.IndexOfAny(['\'', '’']);
        w = apostrophe > 0 ? w[..apostrophe] : w;
        var count = 0;
        var inVowels = false;
        foreach (var c in w)
        {
            var vowel = IsVowel(c);
            count += vowel && !inVowels ? 1 : 0;
            inVowels = vowel;
        }

        if (w.Length > 2 && w.EndsWith('e') && !w.EndsWith("le", StringComparison.Ordinal) && !w.EndsWith("ee", StringComparison.Ordinal) && !IsVowel(w[^2]))
        {
            count--;
        }
        else if (w.Length > 3 && w.EndsWith("ed", StringComparison.Ordinal) && w[^3] is not ('t' or 'd') && !IsVowel(w[^3]))
        {
            count--;
        }
        else if (w.Length > 3 && w.EndsWith("es", StringComparison.Ordinal) && w[^3] is not ('s' or 'x' or 'z' or 'c' or 'g') && !w.EndsWith("shes", StringComparison.Ordinal) && !IsVowel(w[^3]))
        {
            count--;
        }

        if (w.Length >= 7 && ((w.StartsWith("re", StringComparison.Ordinal) && w[2] is 'e' or 'i' or 'o' && !w.StartsWith("reig", StringComparison.Ordinal))
            || (w.StartsWith("pre", StringComparison.Ordinal) && w[3] is 'a' or 'e' or 'i' or 'o')))
        {
            count++;
        }

        return Math.Max(1, count);
    }

    /// <summary>True for an -es, -ed or -ing ending, which Gunning's complex words do not count as a syllable.</summary>
    public static bool HasInflection(string word) =>
        word.EndsWith("es", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ing", StringComparison.OrdinalIgnoreCase);

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
