using Lint.Analysis;
using Lint.Diagnostics;
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
        var adapted = choices.Select(c => CaseLike(found, c)).ToArray();
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

    /// <summary>"Filing" becomes "Filling", not "filling": a capital at the start of the text found is kept.</summary>
    private static string CaseLike(string found, string replacement)
    {
        if (found.Length > 0 && replacement.Length > 0 && char.IsUpper(found[0]) && char.IsLower(replacement[0]))
        {
            return WordShape.UpperFirst(replacement);
        }

        return replacement;
    }
}
