using Lint.Analysis;
using Lint.Rules.Loading;
using Lint.Rules.Matching;

namespace Lint.Rules.Kinds.Substitution;

/// <summary>
/// <c>extends: substitution</c>, as in Vale: <c>swap</c> maps a pattern to what should be written instead.
/// A pattern may carry its context in lookarounds ("filing(?= critical gaps)"), so only the wrong word is
/// flagged and replaced. "a|b" offers two replacements and so no automatic fix. The message's first
/// <c>%s</c> is the replacement, the second the text found. The shared keys of <see cref="MatchOptions"/>
/// apply, <c>quotes: skip</c> included.
/// </summary>
public sealed class SubstitutionKind : RuleKind
{
    public override string Name => "substitution";

    public override Analyzer? Create(RuleDefinition rule, RuleNode options)
    {
        var match = MatchOptions.Read(options, readQuotes: true);
        var swaps = options.GetPairs("swap", required: true);
        var valid = true;
        foreach (var (pattern, replacement) in swaps)
        {
            valid &= RulePattern.Validate(pattern, options.Errors, "swap pattern");
            if (string.IsNullOrWhiteSpace(replacement.Value))
            {
                options.Errors.Add(replacement, $"The replacement for '{pattern.Value}' is empty.");
                valid = false;
            }
        }

        if (!valid || swaps.Count == 0)
        {
            return null;
        }

        var patterns = match.Set([.. swaps.Select(s => match.Bound(s.Key.Value!))]);
        var replacements = swaps.Select(s => s.Value.Value!.Split('|', StringSplitOptions.TrimEntries)).ToArray();
        return new SubstitutionAnalyzer(rule, patterns, match, replacements);
    }
}
