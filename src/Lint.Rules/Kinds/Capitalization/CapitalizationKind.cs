using System.Globalization;
using System.Text.RegularExpressions;
using Lint.Analysis;
using Lint.Rules.Loading;

namespace Lint.Rules.Kinds.Capitalization;

/// <summary>
/// <c>extends: capitalization</c>, as in Vale: the text of each block in scope (usually <c>heading</c>) must
/// match <c>match</c>: <c>$title</c> (in <c>style</c> AP, the default, or Chicago), <c>$sentence</c>,
/// <c>$lower</c>, <c>$upper</c> or a regex (see <see cref="CaseMatch"/>). <c>exceptions</c> are words or
/// phrases always right as written (matched case-sensitively), <c>indicators</c> end a word after which the
/// next is not checked, <c>threshold</c> (default 0.8) is the share of words that must be right, and
/// <c>prefix</c> is text at the start left out of the check. A finding covers the whole block; the
/// message's <c>%s</c> is its text.
/// </summary>
public sealed class CapitalizationKind : RuleKind
{
    public override string Name => "capitalization";

    public override Analyzer? Create(RuleDefinition rule, RuleNode options)
    {
        var match = options.GetScalar("match", required: true);
        var style = options.GetChoice("style")?.Value == "Chicago" ? TitleCase.Chicago : TitleCase.AP;
        var indicators = options.GetWords("indicators").ToList();
        var prefix = options.GetString("prefix") ?? string.Empty;
        var threshold = ReadThreshold(options);
        var entries = options.GetList("exceptions");
        var valid = entries.All(e => RulePattern.Validate(e, options.Errors, "exception"));
        if (match is null || !valid || threshold is null
            || (match.Value is not ("$title" or "$sentence" or "$lower" or "$upper") && !RulePattern.Validate(match, options.Errors, "'match' pattern")))
        {
            return null;
        }

        // Longest first, so a phrase wins over a word it starts with, as Vale sorts them.
        var sorted = entries.Select(e => e.Value!).OrderByDescending(e => e.Length).ToList();
        var exceptions = sorted.Count == 0 ? null : new Regex($@"\b(?:{ValeRegex.Translate(string.Join('|', sorted))})\b", RegexOptions.CultureInvariant, RulePattern.MatchTimeout);
        return new CapitalizationAnalyzer(rule, new CaseMatch(match.Value!, style, threshold.Value, indicators, exceptions), prefix);
    }

    private static double? ReadThreshold(RuleNode options)
    {
        var scalar = options.GetScalar("threshold");
        if (scalar is null)
        {
            return 0.8;
        }

        if (double.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is > 0 and <= 1)
        {
            return value;
        }

        options.Errors.Add(scalar, $"'threshold' must be a number above 0 and at most 1 (the share of words that must be right), not '{scalar.Value}'.");
        return null;
    }
}
