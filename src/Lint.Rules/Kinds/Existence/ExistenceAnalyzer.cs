using System.Text.RegularExpressions;
using Lint.Analysis;
using Lint.Rules.Loading;
using Lint.Text;

namespace Lint.Rules.Kinds.Existence;

/// <summary>Reports every match of the rule's pattern.</summary>
public sealed class ExistenceAnalyzer(RuleDefinition rule, Regex pattern, MatchOptions options) : PatternAnalyzer(rule, pattern, options)
{
    protected override void Report(in BlockContext context, Match match) =>
        context.Report(new TextSpan(match.Index, match.Length), MessageFormat.Format(Rule.Message, match.Value));
}
