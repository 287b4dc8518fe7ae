using Lint.Analysis;
using Lint.Rules.Loading;
using Lint.Rules.Matching;

namespace Lint.Rules.Kinds.Existence;

/// <summary>Reports every match of the rule's pattern.</summary>
public sealed class ExistenceAnalyzer(RuleDefinition rule, PatternSet patterns, MatchOptions options) : PatternAnalyzer(rule, patterns, options)
{
    protected override void Report(in BlockContext context, PatternMatch match) =>
        context.Report(match.Span, MessageFormat.Format(Rule.Message, match.Value));
}
