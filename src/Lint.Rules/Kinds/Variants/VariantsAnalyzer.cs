using Humanizer;
using Lint.Analysis;
using Lint.Diagnostics;
using Lint.Language;
using Lint.Rules.Loading;
using Lint.Rules.Matching;
using Lint.Syntax;
using Lint.Text;

namespace Lint.Rules.Kinds.Variants;

/// <summary>
/// Reads the words (and two-word compounds) of each story, tallies their forms, and flags the uses of the
/// losing forms: within each story, or, with <c>corpus: true</c>, across the run (the tallies of every
/// story first, then each story's losing uses).
/// </summary>
public sealed class VariantsAnalyzer(RuleDefinition rule, MatchOptions options, VariantForms forms, bool corpus) : Analyzer(rule.ToDescriptor())
{
    private readonly LastStory<StoryTerms> _last = new();

    private readonly WrittenForms _written = new(written => options.IsException(written));

    private readonly TextMemo<VariantBlock> _blocks = new();

    public override void Initialize(AnalysisContext context)
    {
        if (corpus)
        {
            context.RegisterCorpusAction(
                d =>
                {
                    var story = Read(d);
                    _last.Keep(d, story);
                    return VariantTallies.Of(story, d.Path);
                },
                VariantTallies.Merge,
                c => Report(c.Summary, c.Document, _last.Take(c.Document) ?? Read(c.Document, c.Summary), (s, m, f) => c.Report(s, m, f)));
        }
        else
        {
            context.RegisterDocumentAction(c =>
            {
                var story = Read(c.Document);
                Report(VariantTallies.Of(story, c.Document.Path), c.Document, story, (s, m, f) => c.Report(s, m, f));
            });
        }
    }

    /// <summary>
    /// The story's words, and its two-word compounds whose key is also written as one word in the story or
    /// named in the house vocabulary ("time line" beside "timeline"): any other pair of words has no form
    /// to differ from, and keeping every pair would make the run's tallies grow with its length. With
    /// <paramref name="contested"/>, only the terms the run wrote in two forms or more are read.
    /// </summary>
    private StoryTerms Read(Document document, VariantTallies? contested = null)
    {
        Span<char> key = stackalloc char[256];
        var text = document.Text;
        // About one new term in every twelve characters of news copy (half its words are repeats).
        var story = new StoryTerms(Math.Min(text.Length / 12, 16_384));
        var pairs = new List<(TextSpan Span, bool Initial, bool InName)>();
        foreach (var block in document.Blocks.Where(b => rule.Scope.Includes(b.Kind)))
        {
            // What a block holds depends on its text alone: an unchanged paragraph of a re-lint is looked up.
            var content = text.Content.AsSpan(block.Span.Start, block.Span.Length);
            if (contested is not null || !_blocks.TryGet(content, out var read))
            {
                read = ReadBlock(text, block, contested);
                if (contested is null)
                {
                    _blocks.Offer(content, read);
                }
            }

            var at = block.Span.Start;
            // A word's forms are grouped by key as they come: a key's forms, and a form's uses, in the order of the text.
            foreach (var (form, start, length, initial, inName) in read.Words)
            {
                if (!form.Excepted)
                {
                    story.Add(form.Key, initial ? form.InitialForm : form.Written, new TermUse(new TextSpan(at + start, length), form.Written, initial, inName));
                }
            }

            foreach (var (start, length, initial, inName) in read.Pairs)
            {
                pairs.Add((new TextSpan(at + start, length), initial, inName));
            }
        }

        var compounds = new Dictionary<string, (WrittenForm Form, List<(TextSpan Span, bool Initial, bool InName)> Uses)>(StringComparer.Ordinal);
        var keys = story.ByKey.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var (span, initial, name) in pairs)
        {
            var written = text[span];
            if (written.Length <= key.Length && VariantForms.KeyInto(written, key) is var length
                && (keys.ContainsKey(key[..length]) || forms.HasHouseSpelling(key[..length])))
            {
                Remember(compounds, written, span, initial, name);
            }
        }

        Group(story, compounds);
        return story;
    }

    /// <summary>The words of one block and its pairs of words that may be a spaced compound, where in the block each is.</summary>
    private VariantBlock ReadBlock(SourceText text, Block block, VariantTallies? contested)
    {
        Span<char> key = stackalloc char[256];
        var words = new List<VariantBlock.Word>();
        var pairs = new List<VariantBlock.Pair>();
        var dateline = true;
        var at = block.Span.Start;
        var isShort = block.Sentences.Sum(s => s.Words.Count) <= DatelineWords;
        foreach (var sentence in block.Sentences)
        {
            TextSpan? previous = null;
            for (var i = 0; i < sentence.Words.Count; i++)
            {
                var span = Term(text.Content, sentence.Words[i].Span);
                dateline = dateline && IsAllCaps(text[sentence.Words[i].Span]);
                if (span.IsEmpty || dateline || (isShort && IsDatelinePlace(text, sentence.Words[i].Span)) || IsCurrencyPrefix(text, span))
                {
                    previous = null;
                    continue;
                }

                var written = text[span];
                if (contested is null || contested.IsContested(written.Length <= key.Length ? key[..VariantForms.KeyInto(written, key)] : VariantForms.Key(written.ToString())))
                {
                    words.Add(new(_written.Of(written), span.Start - at, span.Length, i == 0, IsInName(text, sentence, i)));
                }

                if (previous is { } before && IsCompoundPart(text, before) && IsCompoundPart(text, span)
                    && text[TextSpan.FromBounds(before.End, span.Start)] is " ")
                {
                    var name = i > 1 && WordShape.IsCapitalized(text[before]) && WordShape.IsCapitalized(text[span]);
                    pairs.Add(new(before.Start - at, span.End - before.Start, i == 1, name));
                }

                previous = span;
            }
        }

        return new VariantBlock([.. words], [.. pairs]);
    }

    private void Remember(Dictionary<string, (WrittenForm Form, List<(TextSpan Span, bool Initial, bool InName)> Uses)> into, ReadOnlySpan<char> written, TextSpan span, bool initial, bool inName)
    {
        var lookup = into.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(written, out var entry))
        {
            var form = _written.Of(written);
            entry = (form, []);
            into[form.Written] = entry;
        }

        entry.Uses.Add((span, initial, inName));
    }

    /// <summary>Adds the story's words, grouped by how they are written, to its forms grouped by key.</summary>
    private static void Group(StoryTerms story, Dictionary<string, (WrittenForm Form, List<(TextSpan Span, bool Initial, bool InName)> Uses)> spans)
    {
        foreach (var (written, (form, places)) in spans)
        {
            if (form.Excepted)
            {
                continue;
            }

            foreach (var (span, initial, inName) in places)
            {
                story.Add(form.Key, initial ? form.InitialForm : written, new TermUse(span, written, initial, inName));
            }
        }
    }

    private void Report(VariantTallies tallies, Document document, StoryTerms story, Action<TextSpan, string, Fix> report)
    {
        foreach (var (key, here) in story.ByKey)
        {
            if (!tallies.ByKey.TryGetValue(key, out var all) || all.Count < 2)
            {
                continue;
            }

            var house = forms.HouseSpelling(key);
            var winner = house ?? StoryMajority(here) ?? all
                .OrderByDescending(f => f.Count)
                .ThenBy(f => f.FirstPath, StringComparer.Ordinal)
                .ThenBy(f => f.FirstStart)
                .First().Form;
            var won = all.Find(f => f.Form == winner);
            var winningHere = here.Find(f => f.Form == winner).Uses ?? [];
            if (house is null && winningHere.Count == 0 && winner.Any(char.IsUpper) && here.TrueForAll(f => !f.Form.Any(char.IsUpper)))
            {
                // A common word in lower case ("the north-west") is not some other story's name ("the Pacific Northwest").
                continue;
            }

            // Accents alone count within one story: "Siobhán" in one story and "Siobhan" in another may be two women.
            foreach (var (form, uses) in here.Where(f => VariantForms.AreVariants(f.Form, winner) && !(f.Form.Contains(' ') && winner.Contains(' '))
                && (winningHere.Count > 0 || !VariantForms.DifferInAccentsOnly(f.Form, winner))))
            {
                var flagged = uses.Where(u => !(u.Initial && u.Text == WordShape.UpperFirst(winner)) && !(u.InName && !u.Text.Equals(winner, StringComparison.OrdinalIgnoreCase) && !IsSplitName(u.Text, winner)));
                foreach (var use in flagged)
                {
                    var preferred = WordShape.CaseLike(use.Text, winner);
                    var message = MessageFormat.Format(rule.Message, use.Text, preferred, Where(document, won, winningHere, house is not null));
                    report(use.Span, message, new Fix($"Replace with '{preferred}'", [new TextEdit(use.Span, preferred)]));
                }
            }
        }
    }

    /// <summary>
    /// A term in lower case that the story itself writes two ways ("per cent" twice, "percent" once) follows the
    /// story's own majority, whatever the other stories of the run do: a choice of style belongs to the story (a
    /// Canadian story among American ones). A name ("iRay", "U.S.") follows the run, and a tie the run too.
    /// </summary>
    private static string? StoryMajority(List<(string Form, List<TermUse> Uses)> here)
    {
        if (here.Count < 2 || here.Exists(f => f.Form.Any(char.IsUpper)))
        {
            return null;
        }

        var ranked = here.OrderByDescending(f => f.Uses.Count).ToList();
        return ranked[0].Uses.Count > ranked[1].Uses.Count ? ranked[0].Form : null;
    }

    /// <summary>
    /// A name written as one word and, elsewhere, as two capitalized words ("Copperline" and "Copper Line", "Vance-Hadley"
    /// and "Vance Hadley"): the two words are compared though they are part of a name, since the story's name is the one word.
    /// </summary>
    private static bool IsSplitName(string use, string winner) =>
        !winner.Contains(' ') && winner.Split('-').All(w => WordShape.IsCapitalized(w)) && use.Split(' ').All(w => WordShape.IsCapitalized(w));

    /// <summary>Where the winning form is used: in this story (with the line of its first use), in other stories, or nowhere yet.</summary>
    private static string Where(Document document, FormTally? won, List<TermUse> winningHere, bool house)
    {
        if (won is null)
        {
            return house ? "in the house vocabulary" : "elsewhere";
        }

        if (winningHere.Count > 0)
        {
            var first = winningHere.MinBy(u => u.Span.Start);
            var line = document.Text.GetLinePositionSpan(first.Span).Start.Line + 1;
            return winningHere.Count == 1 ? $"on line {line}" : $"{"time".ToQuantity(winningHere.Count)} in this story, first on line {line}";
        }

        return $"in {"other story".ToQuantity(won.Stories)}";
    }

    /// <summary>The word without a possessive "'s" and without quotes around it; empty when it holds a digit.</summary>
    private static TextSpan Term(string text, TextSpan word)
    {
        var end = word.End;
        if (word.Length > 2 && (text[end - 2] is '\'' or '’') && text[end - 1] is 's' or 'S')
        {
            end -= 2;
        }

        for (var i = word.Start; i < end; i++)
        {
            if (char.IsDigit(text[i]))
            {
                return default;
            }
        }

        return TextSpan.FromBounds(word.Start, end);
    }

    /// <summary>
    /// A capitalized word in a name of capitalized words ("Harrow Healthcare Workers United"): the name keeps
    /// its own spelling, so only its capitals are compared with the other forms, not its spacing or hyphens.
    /// </summary>
    private static bool IsInName(SourceText text, Sentence sentence, int index)
    {
        bool Capitalized(int i) => i >= 0 && i < sentence.Words.Count && WordShape.IsCapitalized(text[sentence.Words[i].Span]);
        return Capitalized(index) && ((index > 1 && Capitalized(index - 1)) || Capitalized(index + 1));
    }

    private bool IsCompoundPart(SourceText text, TextSpan span)
    {
        var word = text[span];
        return word.Length >= 3 && !forms.IsIgnored(word) && !word.ContainsAny('.', '-') && WordShape.IsAllLetters(word);
    }

    /// <summary>"US$86 000", "NZ$40": the letters of a currency sign, not the country's name.</summary>
    private static bool IsCurrencyPrefix(SourceText text, TextSpan word) =>
        word.End < text.Length && text.Content[word.End] == '$';

    /// <summary>The most words a dateline line has ("Friday, March 20, 2026 · ABREWANKOR, Eastern Region").</summary>
    private const int DatelineWords = 12;

    /// <summary>
    /// A word in capitals before a comma or a dash in a short line, as the place of a dateline is written after the
    /// date ("Friday, March 20 · ABREWANKOR, Eastern Region"): not a spelling of the name.
    /// </summary>
    private static bool IsDatelinePlace(SourceText text, TextSpan word) =>
        word.Length > 2 && IsAllCaps(text[word]) && word.End < text.Length && text.Content[word.End] is ',' or '—' or '–';

    /// <summary>A word in capitals, as the city of a dateline ("WASHINGTON (Reuters) —") is written: not a spelling of the name.</summary>
    private static bool IsAllCaps(ReadOnlySpan<char> word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            letters += char.IsLetter(c) ? 1 : 0;
        }

        return letters >= 2;
    }
}
