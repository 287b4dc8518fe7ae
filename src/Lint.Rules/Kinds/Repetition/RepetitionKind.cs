using Lint.Analysis;
using Lint.Rules.Loading;

namespace Lint.Rules.Kinds.Repetition;

/// <summary>
/// <c>extends: repetition</c>, as in Vale: a word written twice in a row ("the the"), with only space
/// between. <c>tokens</c> limits it to words matching those patterns, <c>alpha: true</c> to words of
/// letters, <c>exceptions</c> allows legitimate doubles ("had had", "that that"), and <c>capitalized: false</c>
/// (Lint's own key) leaves alone a capitalized word written twice, the shape of a name ("Pago Pago",
/// "Walla Walla"). <c>stranded</c> (Lint's own key) lists prepositions that may be written twice where the
/// first ends a clause whose relative word is left out ("the gym she played in in school"). A line break may sit between the two words. The fix deletes the second word. The message's <c>%s</c> is the word.
/// </summary>
public sealed class RepetitionKind : RuleKind
{
    public override string Name => "repetition";

    public override Analyzer? Create(RuleDefinition rule, RuleNode options)
    {
        var match = MatchOptions.Read(options, readNonWord: false);
        var alpha = options.GetBool("alpha", false);
        var capitalized = options.GetBool("capitalized", true);
        var tokens = options.GetList("tokens");
        if (!tokens.All(t => RulePattern.Validate(t, options.Errors, "token")))
        {
            return null;
        }

        var stranded = options.GetList("stranded").Select(s => (s.Value ?? string.Empty).ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var filter = tokens.Count == 0 ? null : RulePattern.Compile($"^(?:{string.Join('|', tokens.Select(t => t.Value))})$", match.IgnoreCase);
        return new RepetitionAnalyzer(rule, match, alpha, capitalized, filter, stranded);
    }
}
