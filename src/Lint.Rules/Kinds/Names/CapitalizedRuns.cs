using Lint.Language;
using Lint.Syntax;
using Lint.Text;

namespace Lint.Rules.Kinds.Names;

/// <summary>
/// The story's names that no dictionary knows, learned from their capitalized uses in running text: a single
/// word inside a sentence ("Turnout in Greyport") or a run of up to five capitalized words ("Wexham Middle
/// School", joined perhaps by "of" or "and"), with at least one word the lexicon has never seen. Written in
/// lower case, such a run can only be the name with its capitals lost ("greyport", "wexham middle school").
/// Runs made only of words the lexicon knows ("Board of Supervisors", "Saturday") are left to other rules in
/// lower case; so is a word of a longer name on its own ("camogie" after "Kilcarra Camogie Club" is the game).
/// A run of two words or more with a name the lexicon knows ("Harlan County") is learned too, but is read only
/// where it keeps some of its capitals and loses others ("Harlan county commissioners"); so are the first words of
/// a longer name that end on a name word ("port Raheza's jetty" after "Port Raheza County Hospital", but not "the Lekwa taxi
/// rank" after "the Lekwa Taxi Association").
/// </summary>
internal sealed class CapitalizedRuns
{
    private const int MaxWords = 5;

    // The ordinary words that end a place's name ("Barlow County", "Ostley Harbour"), unlike other ordinary words.
    private static readonly HashSet<string> PlaceWords = new(StringComparer.Ordinal)
    {
        "county", "district", "city", "town", "township", "parish", "province", "state", "region", "borough", "village",
        "municipality", "shire", "ward", "island", "islands", "bay", "harbour", "harbor", "river", "valley", "lake", "port",
        "point", "falls", "heights", "hills", "springs", "creek", "beach", "park",
    };

    // A run's words in lower case, by its first word; its capitalized form with its line; and whether the lexicon
    // knows every word of it (a given name or a place it knows: "Harlan County").
    private readonly Dictionary<string, List<(string[] Words, string Written, int Line, bool Known)>> _byFirstWord = new(StringComparer.Ordinal);

    /// <summary>Whether a capitalized word is no part of a name (The, In, ...).</summary>
    public delegate bool WordTest(ReadOnlySpan<char> word);

    /// <summary>
    /// A name learned from one sentence: its words in lower case, as written, where it starts (a word index), and
    /// whether the lexicon knows all its words, one of them as a name ("Harlan County").
    /// </summary>
    public sealed record Run(string[] Words, string Written, int First, bool Known);

    /// <summary>Gathers the names that <paramref name="runsOf"/> learned from each of <paramref name="sentences"/>.</summary>
    public CapitalizedRuns(SourceText text, IEnumerable<Sentence> sentences, Func<Sentence, IReadOnlyList<Run>> runsOf)
    {
        foreach (var sentence in sentences)
        {
            foreach (var run in runsOf(sentence))
            {
                Add(run, text.GetLinePosition(sentence.Words[run.First].Span.Start).Line + 1);
            }
        }
    }

    /// <summary>
    /// The names of one sentence (of <paramref name="text"/>, tagged as <paramref name="tokens"/>); they depend on the
    /// sentence alone, so an editor's re-lint keeps them with the sentence's tokens. <paramref name="ignored"/> tells
    /// the capitalized words that are no part of a name.
    /// </summary>
    public static IReadOnlyList<Run> Find(string text, Sentence sentence, IReadOnlyList<Token> tokens, WordTest ignored)
    {
        List<Run>? found = null;
        var words = sentence.Words;
        var i = 0;
        while (i < words.Count)
        {
            var end = RunEnd(text, words, i, ignored);
            if (end == i)
            {
                i++;
                continue;
            }

            // A single word that opens a sentence, or a quotation in one, is capitalized for that reason alone.
            if ((end - i > 1 || (i > 0 && !OpensQuotation(text, words[i].Span.Start))) && Learn(text, words, tokens, i, end) is { } run)
            {
                (found ??= []).Add(run);

                // The first words of a longer name are a name too ("Port Raheza" of "Port Raheza County Hospital"), read
                // only where they keep some capitals and lose others, since in lower case they may be ordinary words. First
                // words that end on an ordinary word ("Lekwa Taxi" of "Lekwa Taxi Association") are not: "the Lekwa taxi
                // rank" describes, and names nothing. A word for a kind of place ends a name ("Barlow County" of "Barlow
                // County Fair").
                for (var length = 2; length < run.Words.Length; length++)
                {
                    if (tokens[i + length - 1].IsCommonWord && !PlaceWords.Contains(tokens[i + length - 1].Lower))
                    {
                        continue;
                    }

                    var written = run.Written[..(Bare(text, words[i + length - 1].Span).End - words[i].Span.Start)];
                    found.Add(new Run(run.Words[..length], written, i, Known: true));
                }
            }

            i = end;
        }

        return found ?? (IReadOnlyList<Run>)[];
    }

    /// <summary>Whether the word at <paramref name="start"/> is the first of a quotation: "reading “Des emplois”", "« Des emplois »".</summary>
    private static bool OpensQuotation(string text, int start)
    {
        var at = start - 1;
        while (at >= 0 && text[at] is ' ' or '\u00A0' or '\u202F')
        {
            at--;
        }

        return at >= 0 && text[at] is '“' or '«' or '„' or '"';
    }

    /// <summary>
    /// The lower-case uses of a learned name in <paramref name="sentence"/>: its span, and the name as the story capitalizes
    /// it with its line. A name of two words or more also counts when it keeps some of its capitals but loses others
    /// ("Harlan county commissioners" after "Harlan County", "port Raheza" after "Port Raheza"), unless a word that lost
    /// its capital may lose it (<paramref name="mayLoseCapital"/>): a title, capitalized only before a name ("the Harlan
    /// County sheriff" after "Harlan County Sheriff Ada Boyd"), or a particle ("Annelie du Plessis" after "Du Plessis said").
    /// </summary>
    public IReadOnlyList<(TextSpan Span, string Written, int Line)> LowerCaseUses(string text, Sentence sentence, WordTest mayLoseCapital)
    {
        List<(TextSpan Span, string Written, int Line)>? found = null;
        var words = sentence.Words;
        var byFirstWord = _byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> lowered = stackalloc char[32];
        for (var i = 0; i < words.Count; i++)
        {
            var first = Bare(text, words[i].Span);
            var inLowerCase = char.IsLower(text[first.Start]);

            // The first word of a sentence is left to the rule for sentence capitals.
            if (inLowerCase && i == 0)
            {
                continue;
            }

            scoped var key = Of(text, first);
            if (!inLowerCase)
            {
                if (!char.IsUpper(text[first.Start]) || key.Length > lowered.Length)
                {
                    continue;
                }

                key = lowered[..key.ToLowerInvariant(lowered)];
            }

            if (!byFirstWord.TryGetValue(key, out var runs))
            {
                continue;
            }

            foreach (var (runWords, written, line, known) in runs)
            {
                // In lower case a name of known words is ordinary words ("the board of supervisors").
                var matched = (inLowerCase && !known && Matches(text, words, i, runWords)) || LosesACapital(text, words, i, runWords, written, mayLoseCapital);
                if (matched)
                {
                    var last = Bare(text, words[i + runWords.Length - 1].Span);
                    (found ??= []).Add((TextSpan.FromBounds(words[i].Span.Start, last.End), written, line));
                    i += runWords.Length - 1;
                    break;
                }
            }
        }

        return found ?? (IReadOnlyList<(TextSpan, string, int)>)[];
    }

    /// <summary>Whether the story learned any name at all (most stories' names are all in the dictionary).</summary>
    public bool IsEmpty => _byFirstWord.Count == 0;

    /// <summary>Where the run of capitalized words that starts at <paramref name="start"/> ends (exclusive); <paramref name="start"/> when none starts there.</summary>
    private static int RunEnd(string text, IReadOnlyList<Word> words, int start, WordTest ignored)
    {
        var end = start;
        while (end < words.Count && end - start < MaxWords)
        {
            var word = Of(text, Bare(text, words[end].Span));
            var spaced = end == start || Of(text, TextSpan.FromBounds(words[end - 1].Span.End, words[end].Span.Start)) is " ";
            if (!spaced)
            {
                break;
            }

            if (IsCapitalizedWord(word) && !(end == start && ignored(word)))
            {
                end++;
                if (!Of(text, words[end - 1].Span).SequenceEqual(word))
                {
                    break;  // a possessive ends the name: "Greyport's council"
                }

                continue;
            }

            if (end > start && end + 1 < words.Count && IsJoiner(word) && IsCapitalizedWord(Of(text, words[end + 1].Span)))
            {
                end++;
                continue;
            }

            break;
        }

        // A joiner never ends a run.
        while (end > start && IsJoiner(Of(text, words[end - 1].Span)))
        {
            end--;
        }

        return end;
    }

    private static Run? Learn(string text, IReadOnlyList<Word> words, IReadOnlyList<Token> tokens, int start, int end)
    {
        var lower = new string[end - start];
        var unknown = 0;
        var named = 0;
        for (var k = start; k < end; k++)
        {
            var bare = Bare(text, words[k].Span);
            var token = tokens[k];
            lower[k - start] = bare.Length == token.Lower.Length ? token.Lower : token.Lower[..bare.Length];
            if (!IsJoiner(token.Lower) && IsUnknown(token))
            {
                unknown++;
            }
            else if (token.Names != NameKinds.None)
            {
                named++;
            }
        }

        // A run of two words or more with a name the lexicon knows is learned for its capitals alone.
        return unknown == 0 && (named == 0 || end - start < 2) ? null
            : new Run(lower, text[words[start].Span.Start..Bare(text, words[end - 1].Span).End], start, unknown == 0);
    }

    /// <summary>A word the lexicon has never seen: the tagger gave it no part of speech but the capital's (see <see cref="LexiconEntry.IsUnknown"/>).</summary>
    private static bool IsUnknown(Token token) =>
        !token.IsCommonWord && token.Names == NameKinds.None && (token.Tags & ~WordTags.ProperNoun) == WordTags.None;

    private void Add(Run run, int line)
    {
        var lower = run.Words;
        if (!_byFirstWord.TryGetValue(lower[0], out var runs))
        {
            _byFirstWord[lower[0]] = runs = [];
        }

        var same = runs.FindIndex(r => r.Words.SequenceEqual(lower));
        if (same >= 0)
        {
            // A name learned first as the start of a longer one, read only with some capitals lost, is read in
            // lower case too once the story writes it alone with a word no dictionary knows.
            if (runs[same].Known && !run.Known)
            {
                runs[same] = (lower, run.Written, line, false);
            }

            return;
        }

        runs.Add((lower, run.Written, line, run.Known));
        runs.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));   // the longest name first
    }

    /// <summary>
    /// Whether the words at <paramref name="at"/> are <paramref name="run"/> with some of the capitals it is written with
    /// and not others, none of them lost on a word that may lose it (a title or a particle).
    /// </summary>
    private static bool LosesACapital(string text, IReadOnlyList<Word> words, int at, string[] run, string written, WordTest mayLoseCapital)
    {
        if (run.Length < 2 || !Matches(text, words, at, run, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var kept = false;
        var lost = false;
        var k = 0;
        foreach (var range in written.AsSpan().Split(' '))
        {
            var writtenWord = written.AsSpan()[range];
            var first = text[words[at + k++].Span.Start];
            if (!char.IsUpper(writtenWord[0]))
            {
                continue;  // "of" in "Port of Tacoma"
            }

            if (char.IsUpper(first))
            {
                // A title keeps its capital before any name ("state Sen. Ruiz" after "State Sen. Ruiz"): it shows nothing.
                kept |= !mayLoseCapital(writtenWord);
            }
            else if (mayLoseCapital(writtenWord))
            {
                return false;
            }
            else
            {
                lost = true;
            }
        }

        return kept && lost;
    }

    /// <summary>Whether the words at <paramref name="at"/> are <paramref name="run"/>, one space apart, compared as <paramref name="comparison"/> says (by default exactly, in lower case).</summary>
    private static bool Matches(string text, IReadOnlyList<Word> words, int at, string[] run, StringComparison comparison = StringComparison.Ordinal)
    {
        if (at + run.Length > words.Count)
        {
            return false;
        }

        for (var k = 0; k < run.Length; k++)
        {
            var span = k == run.Length - 1 ? Bare(text, words[at + k].Span) : words[at + k].Span;
            if (!Of(text, span).Equals(run[k], comparison) || (k > 0 && Of(text, TextSpan.FromBounds(words[at + k - 1].Span.End, words[at + k].Span.Start)) is not " "))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The small words inside a name: "Port of Tacoma", "Friends and Family".</summary>
    private static bool IsJoiner(ReadOnlySpan<char> word) => word is "of" or "and" or "de" or "du" or "da" or "la" or "on" or "upon";

    private static bool IsCapitalizedWord(ReadOnlySpan<char> word) =>
        word.Length > 1 && WordShape.IsNameShaped(word) && WordShape.IsLetterWord(word);

    /// <summary>The word without a possessive ending ("Greyport's" is "Greyport").</summary>
    private static TextSpan Bare(string text, TextSpan word) => new(word.Start, Possessive.OwnerLength(Of(text, word)));

    private static ReadOnlySpan<char> Of(string text, TextSpan span) => text.AsSpan(span.Start, span.Length);
}
