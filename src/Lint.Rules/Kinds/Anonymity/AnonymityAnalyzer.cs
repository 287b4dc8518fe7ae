using Lint.Rules.Matching;
using Lint.Analysis;
using Lint.Rules.Loading;
using Lint.Text;

namespace Lint.Rules.Kinds.Anonymity;

/// <summary>
/// Reads a story in order, sentence by sentence, and flags each unnamed source whose sentence gives no
/// reason for the anonymity and no description, unless the story described a source of that noun earlier.
/// Each noun is flagged once a story: "one person said" after a flagged "people familiar with the matter"
/// refers back to them, and the fix belongs at the first mention.
/// </summary>
public sealed class AnonymityAnalyzer(RuleDefinition rule, AnonymityOptions options) : Analyzer(rule.ToDescriptor())
{
    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    private void Analyze(DocumentContext context)
    {
        var text = context.Document.Text.Content;
        var describedEarlier = new HashSet<string>(StringComparer.Ordinal);
        var flaggedEarlier = new HashSet<string>(StringComparer.Ordinal);
        foreach (var block in context.Document.Blocks)
        {
            if (!rule.Scope.Includes(block.Kind))
            {
                continue;
            }

            var quotes = options.Match.SkipQuotes ? QuotedText.Find(text, block.Span) : QuotedSpans.None;
            foreach (var sentence in block.Sentences)
            {
                var describedHere = Matches(options.Described, text, sentence.Span, quotes).Select(m => SourceNoun.Of(m) ?? SourceNoun.Any).ToHashSet();
                var hasReason = Matches(options.Reasons, text, sentence.Span, quotes).Any();
                foreach (var source in hasReason ? [] : Matches(options.Sources, text, sentence.Span, quotes))
                {
                    var noun = SourceNoun.Of(source);
                    var described = describedHere.Contains(SourceNoun.Any)
                        || (noun is not null && (describedHere.Contains(noun) || describedEarlier.Contains(noun) || flaggedEarlier.Contains(noun)));
                    if (!described)
                    {
                        context.Report(source.Span, MessageFormat.Format(rule.Message, source.Value));
                        flaggedEarlier.Add(noun ?? SourceNoun.Any);
                    }
                }

                describedEarlier.UnionWith(describedHere);
            }
        }
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
