using Lint.Analysis;
using Lint.Rules.Loading;

namespace Lint.Rules.Kinds.Transpositions;

/// <summary>
/// <c>extends: transpositions</c> (Lint's own kind): two figures of one story that are the same figure with two
/// neighbouring digits swapped, "$312,400" in one paragraph and "$321,400" in another: one of them was mistyped.
/// <c>figures</c> are the patterns of a figure worth comparing (money, figures with thousands separators); two
/// figures are compared only when they are written alike apart from their digits (the same currency sign,
/// separators and scale word) and have at least <c>digits</c> digits (default 4) before any trailing zeros, so
/// that two small figures that merely share digits ("12" and "21") are left alone. The spelling used fewer times
/// is flagged (the later one, when both are used as often). The shared keys (<c>ignorecase</c>, <c>exceptions</c>)
/// apply. The message's <c>%s</c> are the figure flagged and the other.
/// </summary>
public sealed class TranspositionsKind : RuleKind
{
    public override string Name => "transpositions";

    public override Analyzer? Create(RuleDefinition rule, RuleNode options)
    {
        var match = MatchOptions.Read(options, readNonWord: false);
        var figures = options.GetList("figures", required: true);
        var digits = options.GetInt("digits", 2, 12) ?? 4;
        var valid = figures.All(f => RulePattern.Validate(f, options.Errors, "figure pattern"));
        if (!valid || options.Errors.Any)
        {
            return null;
        }

        return new TranspositionsAnalyzer(rule, match, [.. figures.Select(f => RulePattern.Compile(f.Value!, match.IgnoreCase))], digits);
    }
}
