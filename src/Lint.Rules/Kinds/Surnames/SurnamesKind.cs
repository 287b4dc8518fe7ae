using Lint.Analysis;
using Lint.Language;
using Lint.Rules.Loading;

namespace Lint.Rules.Kinds.Surnames;

/// <summary>
/// <c>extends: surnames</c> (Lint's own kind): a person called by surname alone ("Kavanagh, who ran the
/// grill") whom the story never introduces by full name, or introduces under another spelling.
/// <c>references</c> are patterns of a surname used for a person, with the name in a group named
/// <c>name</c>; <c>ignore</c> lists capitalized words that fit them but are not names (He, Officials).
/// A name that appears anywhere in the story after a capitalized word ("Ed Kavanagh", "Mr. Kavanagh") or
/// before one ("Kavanagh Group") is taken as introduced. The first reference to each name is flagged.
/// The message's <c>%s</c> is the name. <c>people</c> are more such patterns, for places where a firm or a
/// country could stand as well ("Smith went on to study law" beside "Russia began"): a name they find counts
/// only when the lexicon knows it as a person's name and not as a place's or an organisation's. A reference
/// that comes before the story first gives the person's full name ("Kettering said" above "Wanda Kettering")
/// is flagged too; <c>early</c> are patterns that count only for that ("Kettering said" at a sentence's start,
/// where a firm could stand). <c>once</c> are patterns as <c>early</c> that also count when the story writes the name
/// nowhere else and the lexicon knows it as no ordinary word ("Otieno said" and no other Otieno: a person never
/// introduced, or a name spelled another way elsewhere). The message's second <c>%s</c> says which. <c>particles</c> lists the small words some
/// names have between the given name and the surname ("Kamau wa Njoroge"), so such a full name introduces the surname.
/// </summary>
public sealed class SurnamesKind : RuleKind
{
    public override string Name => "surnames";

    public override Analyzer? Create(RuleDefinition rule, RuleNode options)
    {
        var references = options.GetList("references", required: true);
        var people = options.GetList("people");
        var early = options.GetList("early");
        var once = options.GetList("once");
        var ignore = new HashSet<string>(options.GetList("ignore").Select(i => i.Value ?? string.Empty), StringComparer.Ordinal);
        var particles = options.GetWords("particles").ToHashSet(StringComparer.Ordinal);
        var valid = references.Concat(people).Concat(early).Concat(once).All(r => RulePattern.Validate(r, options.Errors, "reference pattern"));
        if (!valid || options.Errors.Any)
        {
            return null;
        }

        var regexes = references.Select(r => RulePattern.Compile(r.Value!, ignoreCase: false)).ToList();
        var personRegexes = people.Select(r => RulePattern.Compile(r.Value!, ignoreCase: false)).ToList();
        var earlyRegexes = early.Select(r => RulePattern.Compile(r.Value!, ignoreCase: false)).ToList();
        var onceRegexes = once.Select(r => RulePattern.Compile(r.Value!, ignoreCase: false)).ToList();
        if (regexes.Concat(personRegexes).Concat(earlyRegexes).Concat(onceRegexes).Any(r => Array.IndexOf(r.GetGroupNames(), "name") < 0))
        {
            options.Errors.Add(options.Mapping, "Every 'references', 'people', 'early' and 'once' pattern needs a group named 'name'.");
            return null;
        }

        Lexicon.Preload();
        return new SurnamesAnalyzer(
            rule,
            [.. regexes.Select(r => new SurnameReference(r, false, false)), .. personRegexes.Select(r => new SurnameReference(r, true, false)), .. earlyRegexes.Select(r => new SurnameReference(r, false, true)), .. onceRegexes.Select(r => new SurnameReference(r, false, true, Once: true))],
            ignore,
            particles);
    }
}
