using Lint.Analysis;
using Lint.Diagnostics;
using Lint.Language;
using Lint.Rules.Loading;
using Lint.Rules.Matching;
using Lint.Text;

namespace Lint.Rules.Kinds.Substitution;

/// <summary>Reports each swap pattern found, with a fix when there is exactly one replacement.</summary>
public sealed class SubstitutionAnalyzer(RuleDefinition rule, PatternSet patterns, MatchOptions options, string[][] replacements)
    : PatternAnalyzer(rule, patterns, options)
{
    protected override void Report(in BlockContext context, PatternMatch match)
    {
        var choices = replacements[match.Pattern];
        var found = match.Value;
        var adapted = choices.Select(c => WordShape.CaseLike(found, c)).ToArray();
        var comparison = Match.IgnoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        if (adapted.Any(c => string.Equals(c, found, comparison)))
        {
            return;
        }

        var span = match.Span;
        var message = MessageFormat.Format(Rule.Message, string.Join("' or '", adapted), found);
        var fix = adapted.Length == 1 ? new Fix($"Replace with '{adapted[0]}'", [new TextEdit(span, adapted[0])]) : null;
        context.Report(span, message, fix);
    }
}
