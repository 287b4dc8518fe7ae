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

    private static readonly HashSet<string> Joiners = new(["of", "and", "de", "du", "da", "la", "on", "upon"], StringComparer.Ordinal);

    // A run's words in lower case, by its first word; and its capitalized form with its line.
    private readonly Dictionary<string, List<(string[] Words, string Written, int Line)>> _byFirstWord = new(StringComparer.Ordinal);

    /// <summary>Learns the runs of <paramref name="sentences"/>; <paramref name="ignored"/> are capitalized words that are no part of a name (The, In, ...).</summary>
    public CapitalizedRuns(SourceText text, IEnumerable<Sentence> sentences, Func<string, bool> ignored)
    {
        foreach (var sentence in sentences)
        {
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

                Learn(text, words, i, end);
                i = end;
            }
        }
    }

    /// <summary>The lower-case uses of a learned name in <paramref name="sentence"/>: its span, and the name as the story capitalizes it with its line.</summary>
    public IEnumerable<(TextSpan Span, string Written, int Line)> LowerCaseUses(SourceText text, Sentence sentence)
    {
        var words = sentence.Words;
        // The first word of a sentence is left to the rule for sentence capitals.
        for (var i = 1; i < words.Count; i++)
        {
            var first = text.ToString(Bare(text, words[i].Span));
            if (!char.IsLower(first[0]) || !_byFirstWord.TryGetValue(first, out var runs))
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

    /// <summary>Where the run of capitalized words that starts at <paramref name="start"/> ends (exclusive); <paramref name="start"/> when none starts there.</summary>
    private static int RunEnd(SourceText text, IReadOnlyList<Word> words, int start, Func<string, bool> ignored)
    {
        var end = start;
        while (end < words.Count && end - start < MaxWords)
        {
            var word = text[Bare(text, words[end].Span)];
            var spaced = end == start || text[TextSpan.FromBounds(words[end - 1].Span.End, words[end].Span.Start)] is " ";
            if (!spaced)
            {
                break;
            }

            if (IsCapitalizedWord(word) && !(end == start && ignored(word.ToString())))
            {
                end++;
                if (!text[words[end - 1].Span].SequenceEqual(word))
                {
                    break;  // a possessive ends the name: "Greyport's council"
                }

                continue;
            }

            if (end > start && end + 1 < words.Count && Joiners.Contains(word.ToString()) && IsCapitalizedWord(text[words[end + 1].Span]))
            {
                end++;
                continue;
            }

            break;
        }

        // A joiner never ends a run.
        while (end > start && Joiners.Contains(text.ToString(words[end - 1].Span)))
        {
            end--;
        }

        return end;
    }

    private void Learn(SourceText text, IReadOnlyList<Word> words, int start, int end)
    {
        var line = text.GetLinePosition(words[start].Span.Start).Line + 1;
        var lower = new string[end - start];
        var unknown = 0;
        for (var k = start; k < end; k++)
        {
            var word = text.ToString(Bare(text, words[k].Span));
            lower[k - start] = word.ToLowerInvariant();
            if (!Joiners.Contains(word) && Lexicon.Default.Lookup(lower[k - start]).IsUnknown)
            {
                unknown++;
            }
        }

        if (unknown == 0)
        {
            return;
        }

        // A single word that opens a sentence is capitalized for that reason alone.
        if (end - start > 1 || start > 0)
        {
            Add(lower, text.ToString(TextSpan.FromBounds(words[start].Span.Start, Bare(text, words[end - 1].Span).End)), line);
        }
    }

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

    private static bool Matches(SourceText text, IReadOnlyList<Word> words, int at, string[] run)
    {
        if (at + run.Length > words.Count)
        {
            return false;
        }

        for (var k = 0; k < run.Length; k++)
        {
            var span = k == run.Length - 1 ? Bare(text, words[at + k].Span) : words[at + k].Span;
            var word = text[span];
            if (!word.SequenceEqual(run[k]) || (k > 0 && text[TextSpan.FromBounds(words[at + k - 1].Span.End, words[at + k].Span.Start)] is not " "))
            {
                return false;
            }
        }

        return true;
    }

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
    private static TextSpan Bare(SourceText text, TextSpan word)
    {
        var value = text[word];
        if (value.Length > 3 && value[^1] is 's' && value[^2] is '\'' or '’')
        {
            return new TextSpan(word.Start, word.Length - 2);
        }

        return value.Length > 2 && value[^1] is '\'' or '’' && value[^2] is 's' ? new TextSpan(word.Start, word.Length - 1) : word;
    }
}
