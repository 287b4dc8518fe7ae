using Lint.Analysis;
using Lint.Rules.Kinds.Arithmetic;
using Lint.Rules.Loading;

namespace Lint.Rules.Kinds.Counts;

/// <summary>
/// <c>extends: counts</c> (Lint's own kind): a count of things referred back to ("all 12 evacuated households")
/// that the story never gave, when it gave a close one for the same things earlier ("14 households were moved
/// out"): one figure was changed and not the other. <c>stated</c> are the patterns that give a count and
/// <c>references</c> those that refer back to one; each has a group <c>count</c> (<c>{count}</c> stands for a whole
/// number in figures or spelled out) and a group <c>thing</c>, whose first plural word (or, failing one, first word)
/// names what is counted. A reference is flagged when no count of its things in the story equals it but an earlier one
/// is within <c>within</c> percent of it (default 25): a count far from it is more likely part of the whole or another
/// group. Words in <c>measures</c> ("years", "percent") measure rather than count and are not checked. The shared keys
/// (<c>ignorecase</c>, <c>nonword</c>, <c>exceptions</c>) apply. The message's <c>%s</c> are the reference and the
/// counts the story gave.
/// </summary>
public sealed class CountsKind : RuleKind
{
    public override string Name => "counts";

    public override Analyzer? Create(RuleDefinition rule, RuleNode options)
    {
        var match = MatchOptions.Read(options);
        var stated = options.GetList("stated", required: true);
        var references = options.GetList("references", required: true);
        var within = options.GetInt("within", 1, 50) ?? 25;
        var measures = options.GetList("measures").Select(m => m.Value ?? string.Empty).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var valid = stated.All(s => RulePattern.Validate(Expand(s.Value), s, options.Errors, "stated pattern"))
            & references.All(r => RulePattern.Validate(Expand(r.Value), r, options.Errors, "reference pattern"));
        if (!valid || options.Errors.Any)
        {
            return null;
        }

        var patterns = new CountPatterns(
            [.. stated.Select(s => match.Compile(Expand(s.Value)))],
            [.. references.Select(r => match.Compile(Expand(r.Value)))],
            within,
            measures);
        if (!patterns.All.All(p => Array.IndexOf(p.GetGroupNames(), "count") >= 0 && Array.IndexOf(p.GetGroupNames(), "thing") >= 0))
        {
            options.Errors.Add(options.Mapping, "Every 'stated' and 'references' pattern needs a group named 'count' ((?<count>{count})) and one named 'thing'.");
            return null;
        }

        return new CountsAnalyzer(rule, patterns, match);
    }

    private static string Expand(string? pattern) => (pattern ?? string.Empty).Replace("{count}", ArithmeticKind.Count, StringComparison.Ordinal);
}
