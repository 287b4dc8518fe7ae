using System.Text.RegularExpressions;
using Lint.Analysis;
using Lint.Rules.Loading;

namespace Lint.Rules.Kinds;

/// <summary>
/// The shared loop of the pattern kinds: run one compiled regex over every block (or sentence) in the rule's
/// scope. A match that touches a block's excluded range (inline code, a link target, markup) is ignored.
/// </summary>
public abstract class PatternAnalyzer(RuleDefinition rule, Regex pattern, MatchOptions options) : Analyzer(rule.ToDescriptor())
{
    protected RuleDefinition Rule { get; } = rule;

    protected MatchOptions Match { get; } = options;

    public override void Initialize(AnalysisContext context) => context.RegisterBlockAction(Analyze);

    protected abstract void Report(in BlockContext context, Match match);

    private void Analyze(BlockContext context)
    {
        if (!Rule.Scope.Includes(context.Block.Kind))
        {
            return;
        }

        if (!Rule.Scope.BySentence)
        {
            Run(context, context.Block.Span);
            return;
        }

        foreach (var sentence in context.Block.Sentences)
        {
            Run(context, sentence.Span);
        }
    }

    private void Run(in BlockContext context, Lint.Text.TextSpan span)
    {
        var text = context.Document.Text.Content;
        for (var match = pattern.Match(text, span.Start, span.Length); match.Success; match = match.NextMatch())
        {
            if (match.Length > 0 && !Match.IsException(match.ValueSpan) && !context.Block.TouchesExcluded(new Lint.Text.TextSpan(match.Index, match.Length)))
            {
                Report(context, match);
            }
        }
    }
}
