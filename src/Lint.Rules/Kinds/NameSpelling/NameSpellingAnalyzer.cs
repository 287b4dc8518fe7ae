using System.Globalization;
using Humanizer;
using Lint.Analysis;
using Lint.Language;
using Lint.Diagnostics;
using Lint.Rules.Loading;
using Lint.Text;

namespace Lint.Rules.Kinds.NameSpelling;

/// <summary>
/// Counts the spellings of the story's name words and flags the rare near-miss spellings; with
/// <c>corpus</c>, also a name the other stories of the run write one way, next to the same word, and
/// this story another way.
/// </summary>
public sealed class NameSpellingAnalyzer(RuleDefinition rule, MatchOptions options, int min, bool corpus, IReadOnlySet<string>? speechVerbs = null, IReadOnlySet<string>? places = null)
    : Analyzer(rule.ToDescriptor())
{
    private const int MinLength = 5;

    private const int SpeakerMinLength = 4;

    private const int ShortestAfterSameName = 3;

    private readonly LastStory<StoryNames> _last = new();

    private readonly KeptSpellings _spellings = new(word => options.IsException(word));

    public override void Initialize(AnalysisContext context)
    {
        if (corpus)
        {
            context.RegisterCorpusAction(
                d =>
                {
                    var story = StoryNames.Read(d, rule.Scope, options, speechVerbs, _spellings);
                    _last.Keep(d, story);
                    return NameTally.Of(story);
                },
                NameTally.Merge,
                c =>
                {
                    var story = _last.Take(c.Document) ?? StoryNames.Read(c.Document, rule.Scope, options, speechVerbs, _spellings);
                    var flagged = Analyze(story, (s, m, f) => c.Report(s, m, f));
                    AnalyzeAcross(story, c.Summary, flagged, (s, m, f) => c.Report(s, m, f));
                });
        }
        else
        {
            context.RegisterDocumentAction(c => Analyze(StoryNames.Read(c.Document, rule.Scope, options, speechVerbs, _spellings), (s, m, f) => c.Report(s, m, f)));
        }
    }

    /// <summary>Flags the story's rare spellings of a name it spells another way at least <c>min</c> times; returns them.</summary>
    private HashSet<string> Analyze(StoryNames story, Action<TextSpan, string, Fix> report)
    {
        var uses = story.Uses;
        var flagged = new HashSet<string>(StringComparer.Ordinal);
        var names = uses.Keys.Where(n => story.NameParts.Contains(n) && uses[n].Count >= min).Order(StringComparer.Ordinal).ToList();
        foreach (var rare in uses.Keys.Where(n => !story.Unrelated.Contains(n)).Order(StringComparer.Ordinal))
        {
            // The most used spelling it misses (the first in order of a tie).
            var rareCount = uses[rare].Count;
            string? usual = null;
            var most = 0;
            foreach (var name in names)
            {
                var count = uses[name].Count;
                if (count > rareCount && count > most && (IsMisspelling(name, rare) || IsEndingOnOneName(story, name, rare) || IsShortNameAfterSameName(story, name, rare)) && (!IsOtherPerson(story, name, rare) || IsNamedAsKin(story, name, rare)) && !IsPlaceBeside(story, name, rare))
                {
                    (usual, most) = (name, count);
                }
            }

            if (usual is not null)
            {
                flagged.Add(rare);
                Report(uses[rare], rare, usual, $"{"time".ToQuantity(uses[usual].Count)} elsewhere in the story", report);
            }
        }

        foreach (var (rare, introduced) in FirstReferences.Misspelled(story, flagged, SpeakerMinLength))
        {
            flagged.Add(rare);
            Report(uses[rare], rare, introduced, "where the story introduces the name", report);
        }

        return flagged;
    }

    /// <summary>
    /// Flags a name word that no other story uses, written next to a capitalized word where at least two
    /// other stories write a near-miss spelling of it ("Kestral Analytics" here, "Kestrel Analytics" there).
    /// </summary>
    private void AnalyzeAcross(StoryNames story, NameTally tally, HashSet<string> flagged, Action<TextSpan, string, Fix> report)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (left, right) in story.Pairs)
        {
            Consider(left, right, true);
        }

        // A word that opens a sentence ("The", "In") says nothing about the name after it.
        foreach (var (left, right) in story.InnerPairs)
        {
            Consider(right, left, false);
        }

        foreach (var (rare, usual) in found.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            var stories = tally.StoriesOf(usual);
            Report(story.Uses[rare], rare, usual, $"in {"other story".ToQuantity(stories)}", report);
        }

        void Consider(string word, string neighbour, bool left)
        {
            if (flagged.Contains(word) || found.ContainsKey(word) || !story.Uses.ContainsKey(word) || tally.StoriesOf(word) != 1)
            {
                return;
            }

            var usual = tally.NextTo(neighbour, left, 2)
                .Where(u => !story.Uses.ContainsKey(u) && IsMisspelling(u, word))
                .OrderByDescending(tally.StoriesOf)
                .ThenBy(u => u, StringComparer.Ordinal)
                .FirstOrDefault();
            if (usual is not null)
            {
                found[word] = usual;
            }
        }
    }

    private void Report(List<TextSpan> spans, string rare, string usual, string where, Action<TextSpan, string, Fix> report)
    {
        foreach (var span in spans)
        {
            var message = MessageFormat.Format(rule.Message, rare, usual, where);
            report(span, message, new Fix($"Replace with '{usual}'", [new TextEdit(span, usual)]));
        }
    }

    /// <summary>
    /// "Mark Carlson" and his aide "Ted Carlsen", or "Susan and Peter McLeod" and their friend "Ida MacLeod": the
    /// usual spelling follows its first names and the rare one only others, so the story names other people. Not a
    /// son or a sister the story introduces ("survived by a son, André Thibodeau" beside "Lucien Thibodeaux"), who
    /// shares the family's spelling.
    /// </summary>
    internal static bool IsOtherPerson(StoryNames story, string usual, string rare)
    {
        var usualFirst = FirstNames(story, usual);
        var rareFirst = FirstNames(story, rare);
        return usualFirst.Count > 0 && rareFirst.Count > 0 && !rareFirst.Overlaps(usualFirst)
            && (usualFirst.Count == 1 || !story.Family.Contains(rare));
    }

    /// <summary>
    /// "Pillay's son, Kiran Pillai": a child, parent or sibling named right after the possessive of the usual spelling has
    /// that surname, though the given name differs. A cousin, an in-law or a spouse may well spell it their own way.
    /// </summary>
    private static bool IsNamedAsKin(StoryNames story, string usual, string rare) => story.Kin.Contains((rare, usual));

    /// <summary>
    /// "Briscoe Avenue" beside inspector "Brisco": the rare spelling is only ever written before a word of
    /// <c>places</c> and the usual one never, so one names a street or a school and the other a person.
    /// </summary>
    private bool IsPlaceBeside(StoryNames story, string usual, string rare)
    {
        if (places is not { Count: > 0 })
        {
            return false;
        }

        var rareRights = story.Pairs.Where(p => p.Left == rare).Select(p => p.Right).ToList();
        return rareRights.Count > 0 && rareRights.All(places.Contains) && !story.Pairs.Any(p => p.Left == usual && places.Contains(p.Right));
    }

    /// <summary>
    /// The given names the story writes before <paramref name="word"/>: inside a sentence, any capitalized word but a
    /// title ("Professor Drumond"); at its start, a word the lexicon knows as a given name ("Ann Clark chairs ...").
    /// </summary>
    private static HashSet<string> FirstNames(StoryNames story, string word) =>
        [
            .. story.InnerPairs.Where(p => p.Right == word && StoryNames.IsNameWord(p.Left) && !IsTitle(p.Left)).Select(p => p.Left),
            .. story.Pairs.Where(p => p.Right == word && Lexicon.Default.Lookup(p.Left).Names.HasFlag(NameKinds.Person)).Select(p => p.Left),
        ];

    /// <summary>"Professor", "Judge", "Cllr": a noun for a kind of person, or a title's abbreviation, that is no given name ("Ted" is both).</summary>
    private static bool IsTitle(string word) =>
        TitleAbbreviations.Contains(word.TrimEnd('.'))
        || (Lexicon.Default.Lookup(word) is { IsRoleNoun: true } entry && !entry.Names.HasFlag(NameKinds.Person));

    // Courtesy and rank titles that the lexicon does not know as nouns for a kind of person: "Cllr McIlwaine", "Supt Reid".
    private static readonly HashSet<string> TitleAbbreviations = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Mx", "Miss", "Dr", "Prof", "Cllr", "Cr", "Sen", "Rep", "Gov", "Supt", "Insp", "Det", "Sgt", "Cpl",
        "Capt", "Cmdr", "Lt", "Col", "Gen", "Maj", "Adm", "Rev", "Fr", "Hon",
    };

    /// <summary>
    /// A near miss with the same first letter; a short name ("Zoë", "José") only by its accents. Names that
    /// differ only in case ("BrightWater", "Brightwater") are the variants kind's to compare, and two spellings
    /// of an ordinary word ("Harbor", "Harbour") the consistency rules'.
    /// </summary>
    internal static bool IsMisspelling(string usual, string rare) =>
        !usual.Equals(rare, StringComparison.OrdinalIgnoreCase) &&
        char.ToLower(Accents.Remove(usual[0]), CultureInfo.InvariantCulture) == char.ToLower(Accents.Remove(rare[0]), CultureInfo.InvariantCulture)
        && (EditDistance.IsCompoundNearMiss(usual, rare)
            || ((Math.Min(usual.Length, rare.Length) >= MinLength ? EditDistance.IsNearMiss(usual, rare) || EditDistance.IsSoundAlike(usual, rare) : EditDistance.IsAccentsOnly(usual, rare))
                && !IsInflection(usual, rare) && !IsLenition(usual, rare)))
        && !AreBothWords(usual, rare) && !ArePlaceAndPeople(usual, rare);

    /// <summary>
    /// "Goh Kian Seng" and, once, "Goh Kian Sheng": a name word too short to judge alone ("Seng", "Lim") that is one
    /// letter off the usual one, written after the same name word as it in every use (the first word of a sentence
    /// counts only when the story writes it as a name elsewhere: "The" says nothing of the name after it).
    /// </summary>
    private static bool IsShortNameAfterSameName(StoryNames story, string usual, string rare)
    {
        if (Math.Min(usual.Length, rare.Length) is < ShortestAfterSameName or >= MinLength
            || char.ToLowerInvariant(usual[0]) != char.ToLowerInvariant(rare[0])
            || !EditDistance.IsOneEdit(usual, rare) || AreBothWords(usual, rare))
        {
            return false;
        }

        // A sentence's first word counts when the story writes it as a name elsewhere ("Jahangir Alom said" after "Jahangir Alam").
        var before = story.Pairs.Where(p => p.Right == rare && (story.InnerPairs.Contains(p) || story.NameParts.Contains(p.Left))).Select(p => p.Left).ToList();
        return before.Count > 0 && before.All(left => story.Pairs.Contains((left, usual)));
    }

    /// <summary>"Africa" and "African", "Kenya" and "Kenyan": a place and the word for its people, each right where it stands.</summary>
    internal static bool ArePlaceAndPeople(string a, string b) => IsPlaceAndItsPeople(a, b) || IsPlaceAndItsPeople(b, a);

    private static bool IsPlaceAndItsPeople(string place, string people) =>
        people.Length > place.Length && people[^1] == 'n' && people.StartsWith(place.AsSpan(0, place.Length - 1), StringComparison.Ordinal)
        && (Lexicon.Default.Lookup(place).Names & (NameKinds.Place | NameKinds.Nationality)) != NameKinds.None
        && (Lexicon.Default.Lookup(people).Names & (NameKinds.Place | NameKinds.Nationality)) != NameKinds.None;

    /// <summary>
    /// "Harbor" and "Harbour", "Center" and "Centre": the American and British spellings of one ordinary word,
    /// each right in its own name ("Ostley Harbor", "the Harbour Lights Marina"); a variant spelling is the
    /// consistency rules' to weigh. Two different words ("Capitol", "Capital") are still a misspelling.
    /// </summary>
    private static bool AreBothWords(string usual, string rare) =>
        AmericanSpelling(usual) == AmericanSpelling(rare)
        && Lexicon.Default.Lookup(usual).IsCommonWord && Lexicon.Default.Lookup(rare).IsCommonWord;

    /// <summary>The word in lower case with the British endings made American: -our, -tre, -ise, -lled.</summary>
    private static string AmericanSpelling(string word)
    {
        var lower = word.ToLowerInvariant().Replace("our", "or", StringComparison.Ordinal).Replace("ise", "ize", StringComparison.Ordinal)
            .Replace("lled", "led", StringComparison.Ordinal).Replace("lling", "ling", StringComparison.Ordinal);
        return lower.EndsWith("tre", StringComparison.Ordinal) ? string.Concat(lower.AsSpan(0, lower.Length - 3), "ter") : lower;
    }

    /// <summary>
    /// "Johnsons", "Russian": an ending added, which makes another word, not a misspelling; so does a final "e" on an
    /// ordinary word ("Green Bay" beside Mr. Greene). Otherwise a final "e" ("Whitlock", "Whitlocke") is a misspelling
    /// of one person's name in a story; two people ("Ann Clark", "Tom Clarke") are told apart by their given names
    /// (<see cref="IsOtherPerson"/>).
    /// </summary>
    private static bool IsInflection(string a, string b)
    {
        var (shorter, longer) = a.Length < b.Length ? (a, b) : (b, a);
        return longer.Length == shorter.Length + 1 && longer.StartsWith(shorter, StringComparison.Ordinal)
            && (longer[^1] is 's' or 'n' || (longer[^1] is 'e' && (Lexicon.Default.Lookup(shorter).IsCommonWord || Lexicon.Default.Lookup(longer).IsCommonWord)));
    }

    /// <summary>
    /// "Castellanos Paving" beside "Castellano Paving": an "s" or "n" added to a word that stands before the same word of
    /// a name in both spellings makes no plural ("the Johnsons") and no other word ("Russian"), but a misspelling.
    /// </summary>
    private static bool IsEndingOnOneName(StoryNames story, string usual, string rare) =>
        IsInflection(usual, rare) && story.Pairs.Any(p => p.Left == rare && story.Pairs.Contains((usual, p.Right)));

    /// <summary>
    /// "Ó Briain" and "Ní Bhriain", "Mac Giolla" and "Nic Ghiolla": an Irish or Scottish surname takes an "h" after its
    /// first letter after a woman's particle, so the two spellings are one family's name. Only the letters that lenite
    /// take it (b, c, d, f, g, m, p, s, t): "Rhydderch" and "Rydderch" are a slip.
    /// </summary>
    private static bool IsLenition(string a, string b)
    {
        var (shorter, longer) = a.Length < b.Length ? (a, b) : (b, a);
        return longer.Length == shorter.Length + 1 && longer.Length > 2 && longer[1] == 'h' && longer[0] == shorter[0]
            && "BCDFGMPSTbcdfgmpst".Contains(longer[0], StringComparison.Ordinal)
            && longer.AsSpan(2).SequenceEqual(shorter.AsSpan(1));
    }
}
