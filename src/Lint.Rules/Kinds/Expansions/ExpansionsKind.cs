using Lint.Analysis;
using Lint.Rules.Loading;

namespace Lint.Rules.Kinds.Expansions;

/// <summary>
/// <c>extends: expansions</c> (Lint's own kind): a word left in lower case inside a name that its
/// abbreviation, given after it in brackets, shows to be a proper name: "the Financial Investigations
/// division (FID)", "the national Health Service (NHS)". The brackets' capitals are read against the
/// initials of the words before them (a hyphenated word may give one letter or one for each part);
/// <c>skip</c> are the small words a name may hold in lower case, with or without a letter of their own
/// ("Department of Finance (DOF)", "Teach for America (TFA)"), and they are never flagged. A word is
/// flagged only when at least <c>capitals</c> other words of the name (default 2; each part of a hyphenated
/// word counts), not counting a sentence's first word, are capitalized: "unmanned aerial vehicle (UAV)" and "Personal protective
/// equipment (PPE)" are left alone. The message's <c>%s</c> are the word, the name as written, its
/// abbreviation and the word capitalized.
/// </summary>
public sealed class ExpansionsKind : RuleKind
{
    public override string Name => "expansions";

    public override Analyzer? Create(RuleDefinition rule, RuleNode options)
    {
        var skip = options.GetWords("skip").Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var capitals = options.GetInt("capitals", 1, 10) ?? 2;
        return options.Errors.Any ? null : new ExpansionsAnalyzer(rule, skip, capitals);
    }
}
