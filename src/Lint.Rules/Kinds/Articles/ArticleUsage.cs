using System.Collections.Concurrent;

namespace Lint.Rules.Kinds.Articles;

/// <summary>
/// How often writers put "a" and "an" before a word, from the AvsAn package, counted only over the words
/// its prefix actually decides. AvsAn counts every word under a prefix, the exceptions that have a longer
/// prefix of their own included: its "uni" counts "a unit" and "an uninsured" alike, its "un" counts "an
/// unusual" and "a university" alike, so the plain counts make clear cases look doubtful. Taking out the
/// counts of the longer prefixes leaves the words that fall back on this one. Abbreviations keep the plain
/// counts: an all-capital prefix mixes letters read one by one ("an NYC", "an HOA") with letters read as
/// a word ("a NATO"), and only the wider counts are cautious enough for them.
/// </summary>
public static class ArticleUsage
{
    // The characters AvsAn's prefixes continue with: letters, digits, and the marks inside or after a word.
    private const string Continuations = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-'. ";

    // Two consonants that start English words ("BRAC", "SWAT", "PHEV"): an abbreviation that starts so may be said as a word.
    private static readonly HashSet<string> WordOnsets = new(StringComparer.Ordinal)
    {
        "BL", "BR", "CH", "CL", "CR", "DR", "DW", "FJ", "FL", "FR", "GL", "GN", "GR", "KN", "LL", "MC", "NG", "PH", "PL",
        "PR", "PS", "QU", "RH", "SC", "SH", "SK", "SL", "SM", "SN", "SP", "SR", "ST", "SV", "SW", "SZ", "TH", "TR", "TW",
        "VL", "WH", "WR",
    };

    private static readonly ConcurrentDictionary<string, (long A, long An)> Own = new(StringComparer.Ordinal);

    /// <summary>The article writers use before <paramref name="word"/>, and how often they use it and the other one.</summary>
    public static (string Article, long ForArticle, long ForOther) Query(string word)
    {
        if (ForFigure(word) is { } spoken)
        {
            return (spoken, 1_000_000, 0);
        }

        if (ForInitialism(word) is { } lettered)
        {
            return (lettered, 1_000_000, 0);
        }

        var usage = AvsAnLib.AvsAn.Query(word);
        var isAbbreviation = !word.Any(char.IsLower);
        var (a, an) = isAbbreviation ? (usage.aCount, usage.anCount) : Own.GetOrAdd(usage.Prefix, _ => OwnCounts(usage));
        return usage.Article == "an" ? ("an", an, a) : ("a", a, an);
    }

    /// <summary>
    /// The article before a figure, by how it is read: "an 8", "an 11-year-old", "an 18,000-seat", "an 80-acre" and
    /// "an 800-page", but "a 186-bed" ("one hundred ...") and "a 1,800-acre" ("one thousand ..."). The word's leading
    /// digits are read when there are at most three of them (the first group of "18,000"), so a longer run ("1880s",
    /// a year, said "eighteen eighties") is left to the usage counts; null for a word that does not start with a digit.
    /// </summary>
    internal static string? ForFigure(string word)
    {
        var digits = 0;
        while (digits < word.Length && char.IsAsciiDigit(word[digits]))
        {
            digits++;
        }

        if (digits == 0 || digits > 3)
        {
            return null;
        }

        var eight = word[0] == '8';
        var eighteenOrEleven = digits == 2 && word[0] == '1' && word[1] is '1' or '8';
        return eight || eighteenOrEleven ? "an" : "a";
    }

    /// <summary>
    /// The article before an abbreviation that can only be read letter by letter, because no English word starts
    /// with its first two letters ("HSU", "NHS", "FBI", "MRI"): the name of the first letter decides, and A, E, F,
    /// H, I, L, M, N, O, R, S and X are named with a vowel ("an HSU investigator", "a DVD"). An abbreviation that
    /// may be said as a word ("NATO", "SWAT", "STEM"), or is longer than five letters (a word in capitals, "RHYTHM"),
    /// is left to the usage counts; null for any other word.
    /// </summary>
    internal static string? ForInitialism(string word)
    {
        if (word.Length is < 2 or > 5 || !char.IsAsciiLetterUpper(word[0]) || !char.IsAsciiLetterUpper(word[1])
            || IsVowel(word[0]) || IsVowel(word[1]) || WordOnsets.Contains(word[..2]))
        {
            return null;
        }

        return "AEFHILMNORSX".Contains(word[0]) ? "an" : "a";

        static bool IsVowel(char c) => c is 'A' or 'E' or 'I' or 'O' or 'U' or 'Y';
    }

    private static (long A, long An) OwnCounts(AvsAnLib.AvsAn.Result usage)
    {
        long a = usage.aCount, an = usage.anCount;
        foreach (var next in Continuations)
        {
            var longer = AvsAnLib.AvsAn.Query(usage.Prefix + next);
            var isOwnEntry = longer.Prefix.Length > usage.Prefix.Length
                && (longer.aCount, longer.anCount) != (usage.aCount, usage.anCount);
            if (isOwnEntry)
            {
                a -= longer.aCount;
                an -= longer.anCount;
            }
        }

        return (Math.Max(0, a), Math.Max(0, an));
    }
}
