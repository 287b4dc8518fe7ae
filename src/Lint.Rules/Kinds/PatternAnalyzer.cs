using Lint.Analysis;
using Lint.Rules.Loading;
using Lint.Rules.Matching;
using Lint.Syntax.Quotations;
using Lint.Text;

namespace Lint.Rules.Kinds;

/// <summary>
/// The shared loop of the pattern kinds: search the rule's patterns (one <see cref="PatternSet"/>) in every
/// block (or sentence) in the rule's scope, leaving out exceptions, matches that touch a block's excluded range (inline code, a
/// link target, markup) and, with <c>quotes: skip</c>, matches inside direct quotations.
/// </summary>
public abstract class PatternAnalyzer(RuleDefinition rule, PatternSet patterns, MatchOptions options) : Analyzer(rule.ToDescriptor())
{
    protected RuleDefinition Rule { get; } = rule;

    protected MatchOptions Match { get; } = options;

    public override void Initialize(AnalysisContext context) => context.RegisterBlockAction(Analyze);

    protected abstract void Report(in BlockContext context, PatternMatch match);

    private void Analyze(BlockContext context)
    {
        if (!Rule.Scope.Includes(context.Document, context.Block))
        {
            return;
        }

        var quotes = Match.SkipQuotes ? Quotations.Find(context.Document.Text.Content, context.Block.Span) : QuotedSpans.None;
        if (!Rule.Scope.BySentence)
        {
            Run(context, context.Block.Span, quotes);
            return;
        }

        foreach (var sentence in context.Block.Sentences)
        {
            Run(context, sentence.Span, quotes);
        }
    }

    private void Run(in BlockContext context, TextSpan span, QuotedSpans quotes)
    {
        foreach (var match in patterns.Matches(context.Document.Text.Content, span))
        {
            var found = match.Span;
            if (match.Length > 0 && !Match.IsException(match.ValueSpan) && !quotes.Overlaps(found) && !context.Block.TouchesExcluded(found))
            {
                Report(context, match);
            }
        }
    }
}
