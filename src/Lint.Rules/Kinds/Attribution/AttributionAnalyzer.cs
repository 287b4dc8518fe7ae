using Lint.Analysis;
using Lint.Language;
using Lint.Rules.Loading;
using Lint.Syntax.Quotations;
using Lint.Syntax;
using Lint.Text;
using System.Text.RegularExpressions;

namespace Lint.Rules.Kinds.Attribution;

/// <summary>
/// Reads a story paragraph by paragraph and flags each sentence that makes a disputable claim with no
/// attribution in it, unless the places named by <c>carry</c> lend it one. It reports the claim's key phrase.
/// </summary>
public sealed class AttributionAnalyzer(RuleDefinition rule, AttributionOptions options) : Analyzer(rule.ToDescriptor())
{
    /// <summary>How far into a sentence its attribution may start for the sentence to "open with" attribution.</summary>
    private const int OpeningWords = 6;

    /// <summary>How many characters before a cue or a claim <see cref="Negation"/> looks.</summary>
    private const int NegationReach = 40;

    private static readonly Regex Negation = new(
        @"(?:\b(?:not|never)|n[’']t|\b(?:nobody|no\s+one)(?:\s+(?:has|had|have))?)\s+(?:(?:yet|publicly|fully|ever|once|clearly|before|previously|been|be|being|found|proven|shown|in)\s+){0,4}$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase,
        TimeSpan.FromSeconds(1));

    private Func<string, Sentence, IReadOnlyList<Token>, Claim[][]>? _signals;

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    private bool Carries(Carry carry) => (options.Carry & carry) != 0;

    private void Analyze(DocumentContext context)
    {
        var text = context.Document.Text.Content;
        var quoteCarried = false;
        var listIntroduced = false;
        foreach (var block in context.Document.Blocks)
        {
            var quotes = Quotations.Find(text, block.Span);
            var cues = block.Sentences.Select(s => FirstCue(text, s.Span, quotes)).ToArray();
            // A quotation left open at the end of the paragraph runs on into the next one, where its speaker is named.
            var quoteAttributed = Carries(Carry.Quote) && (cues.Any(c => c is not null) || (quoteCarried && quotes.OpensAtStart) || quotes.EndsOpen);
            var introduced = Carries(Carry.Intro) && listIntroduced && block.Kind == BlockKind.ListItem;
            if (rule.Scope.Includes(block.Kind))
            {
                Check(context, block, cues, quotes, quoteAttributed ? quotes : QuotedSpans.None, introduced);
            }

            quoteCarried = quotes.EndsOpen && quoteAttributed;
            if (block.Kind != BlockKind.ListItem)
            {
                listIntroduced = cues.Length > 0 && text[block.Span.End - 1] == ':' && Introduces(text, block.Sentences[^1].Span, cues[^1], quotes);
            }
        }
    }

    /// <summary>Checks the sentences of one block; <paramref name="cues"/> holds each sentence's first attribution cue.</summary>
    private void Check(DocumentContext context, Block block, TextSpan?[] cues, QuotedSpans quotes, QuotedSpans attributedQuotes, bool introduced)
    {
        var text = context.Document.Text.Content;
        var sentences = block.Sentences;
        var attributedBefore = false;
        for (var i = 0; i < sentences.Count; i++)
        {
            var attributed = cues[i] is not null
                || (Carries(Carry.Next) && i + 1 < sentences.Count && OpensWithQuotedAttribution(sentences[i + 1], cues[i + 1], quotes));
            var continuing = Carries(Carry.Previous) && attributedBefore;
            if (!introduced && !attributed && FindClaim(context.Document.Text, sentences[i], attributedQuotes, standaloneOnly: continuing) is { } claim)
            {
                context.Report(claim.Span, MessageFormat.Format(rule.Message, claim.Phrase, claim.Category));
            }

            introduced |= Carries(Carry.Intro) && Introduces(text, sentences[i].Span, cues[i], quotes);
            attributedBefore |= cues[i] is not null;
        }
    }

    /// <summary>
    /// The first claim signal of the sentence that is not inside an attributed quotation; in one source's
    /// continuing account (<paramref name="standaloneOnly"/>), only a claim that needs its own attribution.
    /// </summary>
    private Claim? FindClaim(SourceText source, Sentence sentence, QuotedSpans attributedQuotes, bool standaloneOnly)
    {
        // The signals depend on the sentence alone: an unchanged sentence of a re-lint is not read again. They are
        // kept with the sentence's text, which may stand elsewhere in this story or another, so at offsets from its start.
        var signals = sentence.FoundIn(source, this, _signals ??= Signals);
        Claim? first = null;
        for (var c = 0; c < options.Claims.Count; c++)
        {
            if (standaloneOnly && !options.Claims[c].Standalone)
            {
                continue;
            }

            foreach (var relative in signals[c])
            {
                var candidate = relative with { Span = new TextSpan(relative.Span.Start + sentence.Span.Start, relative.Span.Length) };
                if (attributedQuotes.Overlaps(candidate.Span))
                {
                    continue;
                }

                if (first is null || candidate.Span.Start < first.Value.Span.Start)
                {
                    first = candidate;
                }

                break;
            }
        }

        return first;
    }

    /// <summary>Each claim category's signals in the sentence, in the order of <see cref="AttributionOptions.Claims"/>, at offsets from the sentence's start.</summary>
    private Claim[][] Signals(string text, Sentence sentence, IReadOnlyList<Token> tokens)
    {
        var words = WordsOf(tokens);
        var signals = new Claim[options.Claims.Count][];
        for (var c = 0; c < signals.Length; c++)
        {
            signals[c] = [.. Signals(text, sentence, options.Claims[c], tokens, words)];
        }

        return signals;
    }

    /// <summary>The category's signals in the sentence, at offsets from its start: pattern matches, then phrase matches, each in order.</summary>
    private IEnumerable<Claim> Signals(string text, Sentence sentence, ClaimCategory category, IReadOnlyList<Token> tokens, HashSet<string> words)
    {
        var start = sentence.Span.Start;
        if (category.Signals is { } signals)
        {
            foreach (var m in signals.Matches(text, sentence.Span))
            {
                if (m.Length > 0 && !options.Match.IsException(m.ValueSpan) && !IsDenied(text, start, m.Span.Start))
                {
                    yield return new Claim(new TextSpan(m.Span.Start - start, m.Length), m.Value, category.Name);
                }
            }
        }

        foreach (var phrase in category.Phrases)
        {
            if (!phrase.CanMatch(words))
            {
                continue;
            }

            foreach (var (first, last) in phrase.Matches(tokens))
            {
                if (!IsModifier(tokens, first) && !IsDenied(text, start, tokens[first].Span.Start))
                {
                    var span = TextSpan.FromBounds(tokens[first].Span.Start, tokens[last].Span.End);
                    yield return new Claim(new TextSpan(span.Start - start, span.Length), text.Substring(span.Start, span.Length), category.Name);
                }
            }
        }
    }

    /// <summary>The lemmas and lower-case forms of a sentence's tokens.</summary>
    private static HashSet<string> WordsOf(IReadOnlyList<Token> tokens)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in tokens)
        {
            words.Add(token.Lower);
            words.Add(token.Lemma);
        }

        return words;
    }

    /// <summary>
    /// "the embezzled funds", "lost or stolen carts": a verb's participle used as an adjective describes a
    /// thing; it asserts nothing about anyone. Nor does a present verb that defines whom a sentence is about
    /// ("employees who retaliate against ... can be fired").
    /// </summary>
    private static bool IsModifier(IReadOnlyList<Token> tokens, int at)
    {
        var word = tokens[at];
        if (at == 0)
        {
            return false;
        }

        var before = tokens[at - 1];
        if (before.Lower is "who" or "that" or "which" && word.Is(WordTags.Verb) && !word.Is(WordTags.PastTense))
        {
            return true;
        }

        if (!word.Is(WordTags.PastParticiple))
        {
            return false;
        }

        if (before.Is(WordTags.Determiner | WordTags.Possessive) && !before.Is(WordTags.AnyNoun))
        {
            return true;
        }

        return !word.Is(WordTags.PastTense) && !before.Is(WordTags.Auxiliary)
            && at + 1 < tokens.Count && tokens[at + 1].Is(WordTags.AnyNoun);
    }

    /// <summary>
    /// The first attribution cue of a sentence that is the reporter's, not inside a quotation, and not
    /// denied: "the board never explained why" and "officials did not say" attribute nothing.
    /// </summary>
    private TextSpan? FirstCue(string text, TextSpan span, QuotedSpans quotes)
    {
        foreach (var m in options.Cues.Matches(text, span))
        {
            var cue = m.Span;
            if (m.Length > 0 && !quotes.Overlaps(cue) && !IsDenied(text, span.Start, cue.Start))
            {
                return cue;
            }
        }

        return null;
    }

    /// <summary>
    /// "never explained", "did not say", "no one has explained": a cue under a negation attributes nothing; and
    /// "has never been found in breach of", "did not hide": a claim under one claims nothing.
    /// </summary>
    private static bool IsDenied(string text, int sentenceStart, int cueStart)
    {
        var from = Math.Max(sentenceStart, cueStart - NegationReach);
        return Negation.IsMatch(text.AsSpan(from, cueStart - from));
    }

    /// <summary>"One official said: “…”": attribution within the first few words, then a direct quotation.</summary>
    private static bool OpensWithQuotedAttribution(Sentence sentence, TextSpan? cue, QuotedSpans quotes)
    {
        if (cue is not { } found)
        {
            return false;
        }

        var wordsBefore = sentence.Words.Count(w => w.Span.Start < found.Start);
        return wordsBefore < OpeningWords && quotes.Overlaps(TextSpan.FromBounds(found.End, sentence.Span.End));
    }

    /// <summary>"They said:": attribution followed by a colon that opens what comes next.</summary>
    private static bool Introduces(string text, TextSpan sentence, TextSpan? cue, QuotedSpans quotes)
    {
        if (cue is not { } found)
        {
            return false;
        }

        for (var i = found.End; i < sentence.End; i++)
        {
            if (text[i] == ':' && !quotes.Overlaps(new TextSpan(i, 1)))
            {
                return true;
            }
        }

        return false;
    }
}
