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
            var quoteAttributed = Carries(Carry.Quote) && (HasCue(text, block.Span, quotes) || (quoteCarried && quotes.OpensAtStart));
            var introduced = Carries(Carry.Intro) && listIntroduced && block.Kind == BlockKind.ListItem;
            if (rule.Scope.Includes(block.Kind))
            {
                Check(context, block, quotes, quoteAttributed ? quotes : QuotedSpans.None, introduced);
            }

            quoteCarried = quotes.EndsOpen && quoteAttributed;
            if (block.Kind != BlockKind.ListItem)
            {
                listIntroduced = block.Sentences.Count > 0 && text[block.Span.End - 1] == ':' && Introduces(text, block.Sentences[^1].Span, quotes);
            }
        }
    }

    private void Check(DocumentContext context, Block block, QuotedSpans quotes, QuotedSpans attributedQuotes, bool introduced)
    {
        var text = context.Document.Text.Content;
        var sentences = block.Sentences;
        for (var i = 0; i < sentences.Count; i++)
        {
            var sentence = sentences[i];
            if (!introduced && !IsAttributed(text, sentences, i, quotes) && FindClaim(text, sentence.Span, attributedQuotes) is { } claim)
            {
                context.Report(claim.Span, MessageFormat.Format(rule.Message, claim.Phrase, claim.Category));
            }

            introduced |= Carries(Carry.Intro) && Introduces(text, sentence.Span, quotes);
        }
    }

    private bool IsAttributed(string text, IReadOnlyList<Sentence> sentences, int index, QuotedSpans quotes)
    {
        if (HasCue(text, sentences[index].Span, quotes))
        {
            return true;
        }

        if (Carries(Carry.Next) && index + 1 < sentences.Count && OpensWithQuotedAttribution(text, sentences[index + 1], quotes))
        {
            return true;
        }

        if (Carries(Carry.Previous))
        {
            for (var earlier = 0; earlier < index; earlier++)
            {
                if (HasCue(text, sentences[earlier].Span, quotes))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The first claim signal of the sentence that is not inside an attributed quotation.</summary>
    private Claim? FindClaim(string text, TextSpan sentence, QuotedSpans attributedQuotes)
    {
        Claim? first = null;
        foreach (var category in options.Claims)
        {
            for (var m = category.Signals.Match(text, sentence.Start, sentence.Length); m.Success; m = m.NextMatch())
            {
                var span = new TextSpan(m.Index, m.Length);
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

    private bool HasCue(string text, TextSpan span, QuotedSpans quotes) => FirstCue(text, span, quotes) is not null;

    private TextSpan? FirstCue(string text, TextSpan span, QuotedSpans quotes)
    {
        for (var m = options.Cues.Match(text, span.Start, span.Length); m.Success; m = m.NextMatch())
        {
            var cue = new TextSpan(m.Index, m.Length);
            if (m.Length > 0 && !quotes.Overlaps(cue))
            {
                return cue;
            }
        }

        return null;
    }

    /// <summary>"One official said: “…”": attribution within the first few words, then a direct quotation.</summary>
    private bool OpensWithQuotedAttribution(string text, Sentence sentence, QuotedSpans quotes)
    {
        if (FirstCue(text, sentence.Span, quotes) is not { } cue)
        {
            return false;
        }

        var wordsBefore = sentence.Words.Count(w => w.Span.Start < cue.Start);
        var rest = TextSpan.FromBounds(cue.End, sentence.Span.End);
        return wordsBefore < OpeningWords && quotes.Overlaps(rest);
    }

    /// <summary>"They said:": attribution followed by a colon that opens what comes next.</summary>
    private bool Introduces(string text, TextSpan sentence, QuotedSpans quotes)
    {
        if (FirstCue(text, sentence, quotes) is not { } cue)
        {
            return false;
        }

        for (var i = cue.End; i < sentence.End; i++)
        {
            if (text[i] == ':' && !quotes.Overlaps(new TextSpan(i, 1)))
            {
                return true;
            }
        }

        return false;
    }
}
