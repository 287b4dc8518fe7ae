using Lint.Analysis;
using Lint.Rules.Loading;
using Lint.Syntax;
using Lint.Text;

namespace Lint.Rules.Kinds.Attribution;

/// <summary>
/// Reads a story paragraph by paragraph and flags each sentence that makes a disputable claim with no
/// attribution in it, unless the places named by <c>carry</c> lend it one. It reports the claim's key phrase.
/// </summary>
public sealed class AttributionAnalyzer(RuleDefinition rule, AttributionOptions options) : Analyzer(rule.ToDescriptor())
{
    /// <summary>How far into a sentence its attribution may start for the sentence to "open with" attribution.</summary>
    private const int OpeningWords = 6;

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    private bool Carries(Carry carry) => (options.Carry & carry) != 0;

    private void Analyze(DocumentContext context)
    {
        var text = context.Document.Text.Content;
        var quoteCarried = false;
        var listIntroduced = false;
        foreach (var block in context.Document.Blocks)
        {
            var quotes = QuotedText.Find(text, block.Span);
            var cues = block.Sentences.Select(s => FirstCue(text, s.Span, quotes)).ToArray();
            var quoteAttributed = Carries(Carry.Quote) && (cues.Any(c => c is not null) || (quoteCarried && quotes.OpensAtStart));
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
                || (Carries(Carry.Next) && i + 1 < sentences.Count && OpensWithQuotedAttribution(sentences[i + 1], cues[i + 1], quotes))
                || (Carries(Carry.Previous) && attributedBefore);
            if (!introduced && !attributed && FindClaim(text, sentences[i].Span, attributedQuotes) is { } claim)
            {
                context.Report(claim.Span, MessageFormat.Format(rule.Message, claim.Phrase, claim.Category));
            }

            introduced |= Carries(Carry.Intro) && Introduces(text, sentences[i].Span, cues[i], quotes);
            attributedBefore |= cues[i] is not null;
        }
    }

    /// <summary>The first claim signal of the sentence that is not inside an attributed quotation.</summary>
    private Claim? FindClaim(string text, TextSpan sentence, QuotedSpans attributedQuotes)
    {
        Claim? first = null;
        foreach (var category in options.Claims)
        {
            foreach (var m in category.Signals.Matches(text, sentence))
            {
                var span = m.Span;
                if (m.Length == 0 || options.Match.IsException(m.ValueSpan) || attributedQuotes.Overlaps(span))
                {
                    continue;
                }

                if (first is null || span.Start < first.Value.Span.Start)
                {
                    first = new Claim(span, m.Value, category.Name);
                }

                break;
            }
        }

        return first;
    }

    /// <summary>The first attribution cue of a sentence that is the reporter's, not inside a quotation.</summary>
    private TextSpan? FirstCue(string text, TextSpan span, QuotedSpans quotes)
    {
        foreach (var m in options.Cues.Matches(text, span))
        {
            var cue = m.Span;
            if (m.Length > 0 && !quotes.Overlaps(cue))
            {
                return cue;
            }
        }

        return null;
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
