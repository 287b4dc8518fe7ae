using Lint.Analysis;
using Lint.Language;
using Lint.Rules.Loading;
using Lint.Rules.Matching;
using Lint.Syntax.Quotations;
using Lint.Syntax;
using Lint.Text;

namespace Lint.Rules.Kinds.Anonymity;

/// <summary>
/// Reads a story in order, sentence by sentence, and flags each unnamed source whose sentence gives no
/// reason for the anonymity, unless the story described a source of that noun earlier ("City officials
/// said ...", then "one official said") or describes it in the very next sentence ("A nurse at the centre said
/// ... The nurse, Ana Ruiz, said"). Each noun is flagged once a story: "one person said" after a
/// flagged "people familiar with the matter" refers back to them, and the fix belongs at the first mention.
/// A source the sentence itself says is unnamed ("a nurse, who did not want to be named, said") is flagged
/// whatever came before: anonymity granted is a new source's, and it needs its own reason.
/// </summary>
public sealed class AnonymityAnalyzer(RuleDefinition rule, AnonymityOptions options) : Analyzer(rule.ToDescriptor())
{
    /// <summary>The length, in characters, of a sentence that makes a paragraph the lead rather than a dateline.</summary>
    private const int LeadLength = 60;

    /// <summary>What each paragraph's sentences gave, by the paragraph's text, for an editor's re-lint.</summary>
    private readonly TextMemo<SentenceSources[]> _blocks = new();

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    private void Analyze(DocumentContext context)
    {
        var text = context.Document.Text.Content;
        var sentences = new List<(Block Block, bool Lead, SentenceSources Sources)>();
        var inLead = true;
        foreach (var block in context.Document.Blocks)
        {
            if (!rule.Scope.Includes(block.Kind))
            {
                continue;
            }

            // The lead: the first paragraph of the body, past a dateline or a byline left in as a short paragraph.
            // Its "officials said" is the lead's shorthand for sources the story names or describes further down.
            var lead = inLead && block.Sentences.Any(s => s.Span.Length >= LeadLength);
            inLead &= !lead;
            sentences.AddRange(_blocks.OfBlock(text, block, () => Read(context.Document.Text, block)).Select(s => (block, lead, s)));
        }

        var describedEarlier = new HashSet<string>(StringComparer.Ordinal);
        var flaggedEarlier = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < sentences.Count; i++)
        {
            var (block, lead, (describedHere, _, sources)) = sentences[i];

            // A source named in the very next sentence is named: "A nurse at the centre said ... The nurse, Ana Ruiz, said".
            var namedNext = i + 1 < sentences.Count ? sentences[i + 1].Sources.Named : null;
            foreach (var (at, noun, granted, bare) in sources)
            {
                if (lead && bare)
                {
                    continue;
                }

                var span = new TextSpan(block.Span.Start + at.Start, at.Length);
                var described = describedHere.Contains(SourceNoun.Any)
                    || (noun is not null && (describedHere.Contains(noun) || (!granted && (describedEarlier.Contains(noun) || flaggedEarlier.Contains(noun) || namedNext?.Contains(noun) == true))));
                if (!described)
                {
                    context.Report(span, MessageFormat.Format(rule.Message, text.Substring(span.Start, span.Length)));
                    flaggedEarlier.Add(noun ?? SourceNoun.Any);
                }
            }

            describedEarlier.UnionWith(describedHere);
        }
    }

    /// <summary>
    /// For each sentence of <paramref name="block"/>, the source nouns it describes and its unnamed sources, in
    /// order, from the block's start: they depend on the block's text alone, so a re-lint looks them up.
    /// </summary>
    private SentenceSources[] Read(SourceText source, Block block)
    {
        var text = source.Content;
        var quotes = options.Match.SkipQuotes ? Quotations.Find(text, block.Span) : QuotedSpans.None;
        var kept = new SentenceSources[block.Sentences.Count];
        for (var i = 0; i < kept.Length; i++)
        {
            var sentence = block.Sentences[i];
            var describedHere = Matches(options.Described, text, sentence.Span, quotes).Select(m => SourceNoun.Of(m) ?? SourceNoun.Any).ToHashSet();
            var mentions = Mentions(source, sentence, quotes);
            describedHere.UnionWith(mentions.Where(m => m.Described).Select(m => m.Noun));
            var sources = Sources(mentions, text, sentence.Span, quotes).ToList();
            if (sources.Count > 0 && Matches(options.Reasons, text, sentence.Span, quotes).Any(r => IsReasonForAnonymity(r.Span, sources[0].Span.Start, source, sentence, quotes)))
            {
                sources.Clear();
            }

            var namedHere = Matches(options.Named, text, sentence.Span, quotes).Select(SourceNoun.Of).OfType<string>().ToHashSet();
            kept[i] = new SentenceSources(
                describedHere,
                namedHere,
                [.. sources.Select(f => (new TextSpan(f.Span.Start - block.Span.Start, f.Span.Length), f.Noun, f.Granted, f.Bare))]);
        }

        return kept;
    }

    /// <summary>
    /// Whether a reason explains the anonymity, not the news the source gives: a reason after the source's speech
    /// verb is part of what the source said ("An official who asked not to be named said the dam may stay, because
    /// the mussels need it"), unless it follows the verb closely or follows the anonymity itself ("said on condition
    /// of anonymity because she was not authorized to speak"). The speech verbs are the finder's.
    /// </summary>
    private bool IsReasonForAnonymity(TextSpan reason, int firstSource, SourceText source, Sentence sentence, QuotedSpans quotes)
    {
        const int CloseWords = 4;
        if (options.Finder is not { } finder)
        {
            return true;
        }

        var tokens = sentence.Tokens(source);
        var lastSpeech = -1;
        for (var i = 0; i < tokens.Count && tokens[i].Span.End <= reason.Start; i++)
        {
            if (tokens[i].Span.Start >= firstSource && finder.IsSpeech(tokens[i]))
            {
                lastSpeech = i;
            }
        }

        if (lastSpeech < 0)
        {
            return true;
        }

        var between = tokens.Skip(lastSpeech + 1).Count(t => t.Span.End <= reason.Start);
        var afterVerb = TextSpan.FromBounds(tokens[lastSpeech].Span.End, reason.Start);
        return between <= CloseWords || Matches(options.Sources, source.Content, afterVerb, quotes).Any();
    }

    /// <summary>The source nouns a sentence describes, and its unnamed sources with their nouns, from its block's start.</summary>
    /// <remarks><c>Granted</c>: a <c>sources</c> pattern with no noun of its own says the source is unnamed ("speaking on condition of anonymity"); <c>Bare</c>: see <see cref="SourceMention.Bare"/>.</remarks>
    private sealed record SentenceSources(HashSet<string> Described, HashSet<string> Named, (TextSpan Span, string? Noun, bool Granted, bool Bare)[] Sources);

    private List<SourceMention> Mentions(SourceText text, Sentence sentence, QuotedSpans quotes)
    {
        if (options.Finder is null)
        {
            return [];
        }

        var line = new TokenLine(text.Content, sentence.Span, sentence.Tokens(text));
        return [.. options.Finder.Find(line, t => quotes.Overlaps(t.Span) || options.Match.IsException(t.Text))];
    }

    /// <summary>The unnamed sources of a sentence in order: those found by their nouns, then the patterns that none of them covers.</summary>
    private IEnumerable<(TextSpan Span, string? Noun, bool Granted, bool Bare)> Sources(List<SourceMention> mentions, string text, TextSpan sentence, QuotedSpans quotes)
    {
        var found = mentions.Where(m => !m.Described).Select(m => (m.Span, (string?)m.Noun, Granted: false, m.Bare)).ToList();
        foreach (var m in Matches(options.Sources, text, sentence, quotes))
        {
            // A pattern with no noun of its own ("on condition of anonymity") says the source is unnamed.
            var noun = SourceNoun.Of(m);
            var covering = found.FindIndex(f => f.Span.OverlapsWith(m.Span));
            if (covering < 0)
            {
                found.Add((m.Span, noun, false, false));
            }
            else if (noun is null)
            {
                found[covering] = found[covering] with { Granted = true, Bare = false };
            }
        }

        return found.OrderBy(f => f.Span.Start);
    }

    private IEnumerable<PatternMatch> Matches(PatternSet? pattern, string text, TextSpan span, QuotedSpans quotes)
    {
        if (pattern is null)
        {
            yield break;
        }

        foreach (var m in pattern.Matches(text, span))
        {
            if (m.Length > 0 && !options.Match.IsException(m.ValueSpan) && !quotes.Overlaps(m.Span))
            {
                yield return m;
            }
        }
    }
}
