using Lint.Language;
using Lint.Syntax;
using Lint.Text;

namespace Lint.Rules.Kinds.Names;

/// <summary>
/// The story's names that no dictionary knows, learned from their capitalized uses in running text: a single
/// word inside a sentence ("Turnout in Greyport") or a run of up to five capitalized words ("Wexham Middle
/// School", joined perhaps by "of" or "and"), with at least one word the lexicon has never seen. Written in
/// lower case, such a run can only be the name with its capitals lost ("greyport", "wexham middle school").
/// Runs made only of words the lexicon knows ("Board of Supervisors", "Saturday") are left out and left to
/// other rules; so is a word of a longer name on its own ("camogie" after "Kilcarra Camogie Club" is the game).
/// </summary>
internal sealed class CapitalizedRuns
{
    private const int MaxWords = 5;

    // A run's words in lower case, by its first word; and its capitalized form with its line.
    private readonly Dictionary<string, List<(string[] Words, string Written, int Line)>> _byFirstWord = new(StringComparer.Ordinal);

    /// <summary>Whether a capitalized word is no part of a name (The, In, ...).</summary>
    public delegate bool WordTest(ReadOnlySpan<char> word);

    /// <summary>A name learned from one sentence: its words in lower case, as written, and where it starts (a word index).</summary>
    public sealed record Run(string[] Words, string Written, int First);

    /// <summary>Gathers the names that <paramref name="runsOf"/> learned from each of <paramref name="sentences"/>.</summary>
    public CapitalizedRuns(SourceText text, IEnumerable<Sentence> sentences, Func<Sentence, IReadOnlyList<Run>> runsOf)
    {
        foreach (var sentence in sentences)
        {
            foreach (var run in runsOf(sentence))
            {
                Add(run.Words, run.Written, text.GetLinePosition(sentence.Words[run.First].Span.Start).Line + 1);
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

            // A single word that opens a sentence is capitalized for that reason alone.
            if ((end - i > 1 || i > 0) && Learn(text, words, tokens, i, end) is { } run)
            {
                (found ??= []).Add(run);
            }

            i = end;
        }

        return found ?? (IReadOnlyList<Run>)[];
    }

    /// <summary>The lower-case uses of a learned name in <paramref name="sentence"/>: its span, and the name as the story capitalizes it with its line.</summary>
    public IEnumerable<(TextSpan Span, string Written, int Line)> LowerCaseUses(string text, Sentence sentence)
    {
        var words = sentence.Words;
        var byFirstWord = _byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();

        // The first word of a sentence is left to the rule for sentence capitals.
        for (var i = 1; i < words.Count; i++)
        {
            if (!char.IsLower(text[words[i].Span.Start]) || !byFirstWord.TryGetValue(Of(text, Bare(text, words[i].Span)), out var runs))
            {
                continue;
            }

            foreach (var (runWords, written, line) in runs)
            {
                if (Matches(text, words, i, runWords))
                {
                    var last = Bare(text, words[i + runWords.Length - 1].Span);
                    yield return (TextSpan.FromBounds(words[i].Span.Start, last.End), written, line);
                    i += runWords.Length - 1;
                    break;
                }
            }
        }
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
        for (var k = start; k < end; k++)
        {
            var bare = Bare(text, words[k].Span);
            var token = tokens[k];
            lower[k - start] = bare.Length == token.Lower.Length ? token.Lower : token.Lower[..bare.Length];
            if (!IsJoiner(token.Lower) && IsUnknown(token))
            {
                unknown++;
            }
        }

        return unknown == 0 ? null : new Run(lower, text[words[start].Span.Start..Bare(text, words[end - 1].Span).End], start);
    }

    /// <summary>A word the lexicon has never seen: the tagger gave it no part of speech but the capital's (see <see cref="LexiconEntry.IsUnknown"/>).</summary>
    private static bool IsUnknown(Token token) =>
        !token.IsCommonWord && token.Names == NameKinds.None && (token.Tags & ~WordTags.ProperNoun) == WordTags.None;

    private void Add(string[] lower, string written, int line)
    {
        if (!_byFirstWord.TryGetValue(lower[0], out var runs))
        {
            _byFirstWord[lower[0]] = runs = [];
        }

        if (runs.Any(r => r.Words.SequenceEqual(lower)))
        {
            return;
        }

        runs.Add((lower, written, line));
        runs.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));   // the longest name first
    }

    private static bool Matches(string text, IReadOnlyList<Word> words, int at, string[] run)
    {
        if (at + run.Length > words.Count)
        {
            return false;
        }

        for (var k = 0; k < run.Length; k++)
        {
            var span = k == run.Length - 1 ? Bare(text, words[at + k].Span) : words[at + k].Span;
            if (!Of(text, span).SequenceEqual(run[k]) || (k > 0 && Of(text, TextSpan.FromBounds(words[at + k - 1].Span.End, words[at + k].Span.Start)) is not " "))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The small words inside a name: "Port of Tacoma", "Friends and Family".</summary>
    private static bool IsJoiner(ReadOnlySpan<char> word) => word is "of" or "and" or "de" or "du" or "da" or "la" or "on" or "upon";

    private static bool IsCapitalizedWord(ReadOnlySpan<char> word) =>
        word.Length > 1 && WordShape.IsNameShaped(word) && IsLetters(word);

    private static bool IsLetters(ReadOnlySpan<char> word)
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

    /// <summary>The word without a possessive ending ("Greyport's" is "Greyport").</summary>
    private static TextSpan Bare(string text, TextSpan word) => new(word.Start, Possessive.OwnerLength(Of(text, word)));

    private static ReadOnlySpan<char> Of(string text, TextSpan span) => text.AsSpan(span.Start, span.Length);
}
