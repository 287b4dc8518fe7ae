using Lint.Analysis;
using Lint.Rules.Loading;

namespace Lint.Rules.Kinds.Consistency;

/// <summary>
/// <c>extends: consistency</c>, as in Vale: <c>either</c> pairs two ways of writing one thing; a story
/// should use one. The form used more often wins (on a tie, the one used first, or with <c>tie: left</c> the
/// left form of the pair, the house's choice) and each use of the other is flagged with a fix. <c>corpus: true</c> (Lint's own key) compares across every story of the run
/// instead of within each story. <c>min</c> (Lint's own, default 1) is how often the winning form must be
/// used before the other is flagged, so one use against one is left alone with <c>min: 2</c>. <c>fix: false</c>
/// (Lint's own) offers no fix, for a side that stands for several words ("Sept."|"Oct." against
/// "September"|"October"), where the winner's usual spelling is not the replacement. The
/// message's <c>%s</c> are the form found, the form to use, and where that form is used.
/// </summary>
public sealed class ConsistencyKind : RuleKind
{
    public override string Name => "consistency";

    public override Analyzer? Create(RuleDefinition rule, RuleNode options)
    {
        var match = MatchOptions.Read(options);
        var corpus = options.GetBool("corpus", false);
        var min = options.GetInt("min", 1, 100) ?? 1;
        var fix = options.GetBool("fix", true);
        var tie = options.GetChoice("tie");

        var pairs = options.GetPairs("either", required: true);
        var valid = pairs.Count > 0;
        foreach (var (left, right) in pairs)
        {
            valid &= RulePattern.Validate(left, options.Errors, "form") & RulePattern.Validate(right, options.Errors, "form");
        }

        if (!valid)
        {
            return null;
        }

        var compiled = pairs.Select(p => new FormPair(match.Compile(p.Key.Value!), match.Compile(p.Value.Value!))).ToArray();
        return new ConsistencyAnalyzer(rule, compiled, match, corpus, min, fix, tie?.Value == "left");
    }
}
