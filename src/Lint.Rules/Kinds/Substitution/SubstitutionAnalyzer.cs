using System.Text.RegularExpressions;
using Lint.Analysis;
using Lint.Diagnostics;
using Lint.Rules.Loading;
using Lint.Text;

namespace Lint.Rules.Kinds.Substitution;

/// <summary>Reports each swap pattern found, with a fix when there is exactly one replacement.</summary>
public sealed class SubstitutionAnalyzer(RuleDefinition rule, Regex pattern, MatchOptions options, string[][] replacements)
    : PatternAnalyzer(rule, pattern, options)
{
    protected override void Report(in BlockContext context, Match match)
    {
        var choices = Replacements(match);
        if (choices is null)
        {
            return;
        }

        var found = match.Value;
        var adapted = choices.Select(c => CaseLike(found, c)).ToArray();
        var comparison = Match.IgnoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        if (adapted.Any(c => string.Equals(c, found, comparison)))
        {
            return;
        }

        var span = new TextSpan(match.Index, match.Length);
        var message = MessageFormat.Format(Rule.Message, string.Join("' or '", adapted), found);
        var fix = adapted.Length == 1 ? new Fix($"Replace with '{adapted[0]}'", [new TextEdit(span, adapted[0])]) : null;
        context.Report(span, message, fix);
    }

    private string[]? Replacements(Match match)
    {
        for (var i = 0; i < replacements.Length; i++)
        {
            if (match.Groups[$"s{i}"].Success)
            {
                return replacements[i];
            }
        }

        return null;
    }

    /// <summary>"Filing" becomes "Filling", not "filling": a capital at the start of the text found is kept.</summary>
    private static string CaseLike(string found, string replacement)
    {
        if (found.Length > 0 && replacement.Length > 0 && char.IsUpper(found[0]) && char.IsLower(replacement[0]))
        {
            return char.ToUpperInvariant(replacement[0]) + replacement[1..];
        }

        return replacement;
    }
}
