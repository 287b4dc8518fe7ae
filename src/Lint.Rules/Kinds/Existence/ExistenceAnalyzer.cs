using Lint.Analysis;
using Lint.Diagnostics;
using Lint.Rules.Loading;
using Lint.Rules.Matching;
using Lint.Text;

namespace Lint.Rules.Kinds.Existence;

/// <summary>Reports every match of the rule's pattern; with Vale's <c>action: remove</c>, its fix deletes the match.</summary>
public sealed class ExistenceAnalyzer(RuleDefinition rule, PatternSet patterns, MatchOptions options) : PatternAnalyzer(rule, patterns, options)
{
    private readonly bool _removes = rule.Action == "remove";

    protected override void Report(in BlockContext context, PatternMatch match)
    {
        var fix = _removes ? new Fix($"Delete '{match.Value}'", [new TextEdit(match.Span, string.Empty)]) : null;
        context.Report(match.Span, MessageFormat.Format(Rule.Message, match.Value), fix);
    }
}
