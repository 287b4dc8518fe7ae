using Lint.Analysis;
using Lint.Rules.Loading;

namespace Lint.Rules.Kinds.Occurrence;

/// <summary>
/// <c>extends: occurrence</c>, as in Vale: counts the matches of <c>token</c> (a pattern, not bound to whole
/// words) in each unit of the rule's scope (each block; each sentence with <c>scope: sentence</c>; the body
/// text as a whole with <c>scope: summary</c>) and flags a unit with more than <c>max</c> or fewer than
/// <c>min</c> of them (0, or no key, checks nothing). The finding is at the unit's first match, or at its
/// first word when it has none. As in Vale, the message takes no <c>%s</c>: it is shown as written.
/// </summary>
public sealed class OccurrenceKind : RuleKind
{
    public override string Name => "occurrence";

    public override Analyzer? Create(RuleDefinition rule, RuleNode options)
    {
        var ignoreCase = options.GetBool("ignorecase", false);
        var max = options.GetInt("max", 0, int.MaxValue) ?? 0;
        var min = options.GetInt("min", 0, int.MaxValue) ?? 0;
        var token = options.GetScalar("token", required: true);
        if (token is null || !RulePattern.Validate(token, options.Errors, "token"))
        {
            return null;
        }

        if (max == 0 && min == 0)
        {
            options.Errors.Add(options.Mapping, "An occurrence rule needs 'max' or 'min' (a whole number above 0).");
            return null;
        }

        return new OccurrenceAnalyzer(rule, RulePattern.Compile(token.Value!, ignoreCase), min, max);
    }
}
