using Lint.Analysis;
using Lint.Diagnostics;
using Lint.Language;
using Lint.Rules.Loading;
using Lint.Syntax;
using Lint.Text;

namespace Lint.Rules.Kinds.Names;

/// <summary>Learns the story's two-word names from their capitalized uses, then flags uses of them in lower case.</summary>
public sealed class NamesAnalyzer(RuleDefinition rule, HashSet<string> ignore, HashSet<string> titles, HashSet<string> particles, HashSet<string> descriptors) : Analyzer(rule.ToDescriptor())
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _ignore = ignore.GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _titles = titles.GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _particles = particles.GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _descriptors = descriptors.GetAlternateLookup<ReadOnlySpan<char>>();

    private Func<string, Sentence, IReadOnlyList<Token>, IReadOnlyList<CapitalizedRuns.Run>>? _findRuns;

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    /// <summary>Finds a sentence's names no dictionary knows, one delegate for every sentence so the sentence can keep what it found.</summary>
    private Func<string, Sentence, IReadOnlyList<Token>, IReadOnlyList<CapitalizedRuns.Run>> FindRuns =>
        _findRuns ??= (text, sentence, tokens) => CapitalizedRuns.Find(text, sentence, tokens, IsIgnored);

    private bool IsIgnored(ReadOnlySpan<char> word) => _ignore.Contains(word) || _titles.Contains(word);

    private bool IsTitle(ReadOnlySpan<char> word) => _titles.Contains(word);

    /// <summary>
    /// A word of a name that may lose its capital elsewhere: a title ("the sheriff"), a word that describes where ("mid
    /// Wales") or a particle, which the rule lists in lower case ("Annelie du Plessis" after "Du Plessis said").
    /// </summary>
    private bool MayLoseCapital(ReadOnlySpan<char> word)
    {
        if (IsTitle(word) || _descriptors.Contains(word))
        {
            return true;
        }

        Span<char> lower = stackalloc char[8];
        return word.Length <= lower.Length && _particles.Contains(lower[..word.ToLowerInvariant(lower)]);
    }

    private void Analyze(DocumentContext context)
    {
        var text = context.Document.Text;
        var pairs = Pairs(context.Document).ToList();
        var names = new Dictionary<string, (string Written, int Line)>(StringComparer.Ordinal);
        foreach (var (span, first, second, alone) in pairs)
        {
            if (alone && WordShape.IsNameShaped(text[first]) && WordShape.IsNameShaped(text[second]) && !_ignore.Contains(text[first]) && !_ignore.Contains(text[second]))
            {
                names.TryAdd(text.ToString(span).ToLowerInvariant(), (text.ToString(span), text.GetLinePosition(span.Start).Line + 1));
            }
        }

        // Most pairs are in lower case throughout or capitalized throughout: test the first letters before making a string.
        var known = names.GetAlternateLookup<ReadOnlySpan<char>>();
        var reported = new List<TextSpan>();
        Span<char> lower = stackalloc char[128];
        foreach (var (span, first, second, _) in pairs)
        {
            if ((IsLower(text[first]) || IsLower(text[second]))
                && !(IsLower(text[first]) && !IsLower(text[second]) && (_particles.Contains(text[first]) || _descriptors.Contains(text[first])))
                && (span.Length <= lower.Length ? known.TryGetValue(lower[..text[span].ToLowerInvariant(lower)], out var name) : names.TryGetValue(text.ToString(span).ToLowerInvariant(), out name)))
            {
                var written = text.ToString(span);
                var line = name.Line.ToString(System.Globalization.CultureInfo.InvariantCulture);
                var message = MessageFormat.Format(rule.Message, written, name.Written, line);
                context.Report(span, message, new Fix($"Replace with '{name.Written}'", [new TextEdit(span, name.Written)]));
                reported.Add(span);
            }
        }

        ReportLoneSurnames(context, names, reported);
        ReportUnknownNames(context, reported);
    }

    /// <summary>
    /// A name no dictionary knows, capitalized in the story's running text and written elsewhere in lower case:
    /// "Turnout in greyport" after "Greyport", "at wexham middle school" after "Wexham Middle School" (see
    /// <see cref="CapitalizedRuns"/>). What the checks above reported is not reported again.
    /// </summary>
    private void ReportUnknownNames(DocumentContext context, List<TextSpan> reported)
    {
        var text = context.Document.Text;
        var sentences = context.Document.Blocks.Where(b => rule.Scope.Includes(b.Kind)).SelectMany(b => b.Sentences).ToList();
        var runs = new CapitalizedRuns(text, sentences, sentence => sentence.FoundIn(text, this, FindRuns));
        if (runs.IsEmpty)
        {
            return;
        }

        foreach (var sentence in sentences)
        {
            foreach (var (span, written, line) in runs.LowerCaseUses(text.Content, sentence, MayLoseCapital))
            {
                if (reported.Any(r => r.OverlapsWith(span)))
                {
                    continue;
                }

                var where = line.ToString(System.Globalization.CultureInfo.InvariantCulture);
                context.Report(span, MessageFormat.Format(rule.Message, text.ToString(span), written, where), new Fix($"Replace with '{written}'", [new TextEdit(span, written)]));
            }
        }
    }

    /// <summary>
    /// "according to dunmore", "said quill.": the last word of a name the story capitalizes ("Ray Dunmore"),
    /// written alone in lower case where it cannot be an ordinary word: the lexicon knows no such common word,
    /// or it names the speaker right after "said" or "says" and ends the clause. The first word of a sentence
    /// is left to the rule for sentence capitals.
    /// </summary>
    private void ReportLoneSurnames(DocumentContext context, Dictionary<string, (string Written, int Line)> names, List<TextSpan> reported)
    {
        var surnames = new Dictionary<string, (string Written, int Line)>(StringComparer.Ordinal);
        foreach (var (key, name) in names)
        {
            surnames.TryAdd(key[(key.IndexOf(' ') + 1)..], (name.Written[(name.Written.IndexOf(' ') + 1)..], name.Line));
        }

        if (surnames.Count == 0)
        {
            return;
        }

        var text = context.Document.Text;
        var known = surnames.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var sentence in context.Document.Blocks.Where(b => rule.Scope.Includes(b.Kind)).SelectMany(b => b.Sentences))
        {
            var words = sentence.Words;
            for (var i = 1; i < words.Count; i++)
            {
                // Most words start with a capital or are no surname: look the word up before making a string of it.
                var span = WithoutPossessive(text, words[i].Span);
                var written = text[span];
                if (!char.IsLower(written[0]) || !IsName(written) || !IsAllLower(written) || !known.TryGetValue(written, out var surname))
                {
                    continue;
                }

                var word = written.ToString();
                if (names.ContainsKey($"{text.ToString(words[i - 1].Span).ToLowerInvariant()} {word}"))
                {
                    continue;
                }

                if (!Lexicon.Default.Lookup(word).IsCommonWord || IsSpeakerSlot(text, words, i))
                {
                    var line = surname.Line.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    context.Report(span, MessageFormat.Format(rule.Message, word, surname.Written, line), new Fix($"Replace with '{surname.Written}'", [new TextEdit(span, surname.Written)]));
                    reported.Add(span);
                }
            }
        }
    }

    /// <summary>"..., said quill." / "said quill, who": the speaker named right after "said" or "says", the clause ending with the name.</summary>
    private static bool IsSpeakerSlot(SourceText text, IReadOnlyList<Word> words, int at)
    {
        var before = text.ToString(words[at - 1].Span).ToLowerInvariant();
        var end = words[at].Span.End;
        return before is "said" or "says" && (end == text.Length || text[end] is '.' or ',' or ';' or '!' or '?');
    }

    /// <summary>
    /// Every two words in a row, inside one sentence, separated by one space, both made of letters; and
    /// whether the pair stands alone, with no capitalized word right before (other than a title such as
    /// "Mayor") or after it, so that parts of longer names and titles ("National Weather Service",
    /// "Prime Minister" before a name) are not taken for names.
    /// </summary>
    private IEnumerable<(TextSpan Span, TextSpan First, TextSpan Second, bool Alone)> Pairs(Document document)
    {
        var text = document.Text;
        foreach (var block in document.Blocks.Where(b => rule.Scope.Includes(b.Kind)))
        {
            foreach (var sentence in block.Sentences)
            {
                for (var i = 0; i + 1 < sentence.Words.Count; i++)
                {
                    var (first, second) = (sentence.Words[i].Span, WithoutPossessive(text, sentence.Words[i + 1].Span));
                    if (IsName(text[first]) && IsName(text[second]) && text[TextSpan.FromBounds(first.End, second.Start)] is " ")
                    {
                        var before = i > 0 && ((char.IsUpper(text[sentence.Words[i - 1].Span.Start]) && !_titles.Contains(text[sentence.Words[i - 1].Span]))
                            || IsInsideLongerName(text, sentence.Words, i));
                        var after = i + 2 < sentence.Words.Count && char.IsUpper(text[sentence.Words[i + 2].Span.Start]);
                        yield return (TextSpan.FromBounds(first.Start, second.End), first, second, !before && !after);
                    }
                }
            }
        }
    }

    /// <summary>
    /// The pair at <paramref name="i"/> ends a longer name joined by "of", "for" or "and" ("School of Marine Science",
    /// "Institute for Fiscal Studies"): its words are that name's, and in lower case elsewhere they are a subject.
    /// </summary>
    private static bool IsInsideLongerName(SourceText text, IReadOnlyList<Word> words, int i) =>
        i >= 2 && text[words[i - 1].Span] is "of" or "for" or "and" && char.IsUpper(text[words[i - 2].Span.Start]);

    /// <summary>"Ellery's", "Jones'": the name without its possessive ending, so "port ellery's" is "port ellery".</summary>
    private static TextSpan WithoutPossessive(SourceText text, TextSpan word) => new(word.Start, Possessive.OwnerLength(text[word]));

    private static bool IsName(ReadOnlySpan<char> word)
    {
        if (word.Length < 2)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsLetter(c) && c is not ('-' or '\''))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsLower(ReadOnlySpan<char> word) => char.IsLower(word[0]);

    /// <summary>Whether no letter of <paramref name="word"/> changes when lower-cased.</summary>
    private static bool IsAllLower(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.ToLowerInvariant(c) != c)
            {
                return false;
            }
        }

        return true;
    }
}
