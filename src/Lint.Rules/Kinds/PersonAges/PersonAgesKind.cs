using Lint.Analysis;
using Lint.Rules.Loading;

namespace Lint.Rules.Kinds.PersonAges;

/// <summary>
/// <c>extends: personages</c> (Lint's own kind): one person's age given two ways that cannot both be true,
/// "Dina Farrugia, 58," and later "Ms Farrugia, who was born in 1972". <c>ages</c> are the patterns that give a named
/// person's age, each with a group <c>name</c> (its last word is taken for the surname) and one or more of:
/// <c>age</c>, the age now ("Farrugia, 58,"); <c>turns</c>, an age about to be reached ("who turns 60 next week":
/// one year less fits too); <c>born</c>, the year of birth; <c>then</c> with <c>year</c>, an age in a past year ("who
/// joined as a 19-year-old in 1992": a year either way fits). <c>dated</c> are patterns of the story's date, with a
/// group <c>year</c> (the first match gives the story's year; the run's day when there is none); <c>titles</c> are the
/// words that stand before a surname without being a given name ("Ms", "Inspector"): a surname the story gives after
/// two other capitalized words may name two people and is left alone. The shared keys (<c>ignorecase</c>,
/// <c>nonword</c>, <c>exceptions</c>) apply. The message's <c>%s</c> are the words that disagree, the surname, the ages
/// those words allow and the ages the earlier ones allow.
/// </summary>
public sealed class PersonAgesKind : RuleKind
{
    private static readonly string[] Parts = ["age", "turns", "born", "then"];

    public override string Name => "personages";

    public override Analyzer? Create(RuleDefinition rule, RuleNode options)
    {
        var match = MatchOptions.Read(options);
        var dated = options.GetList("dated", required: true);
        var ages = options.GetList("ages", required: true);
        var titles = options.GetList("titles").Select(t => t.Value ?? string.Empty).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var valid = dated.All(d => RulePattern.Validate(d, options.Errors, "'dated' pattern"))
            & ages.All(a => RulePattern.Validate(a, options.Errors, "'ages' pattern"));
        if (!valid || options.Errors.Any)
        {
            return null;
        }

        var patterns = new PersonAgePatterns(
            [.. dated.Select(d => RulePattern.Compile(d.Value!, ignoreCase: false))],
            [.. ages.Select(a => match.Compile(a.Value!))],
            titles);
        for (var i = 0; i < ages.Count; i++)
        {
            var groups = patterns.Ages[i].GetGroupNames();
            if (!groups.Contains("name") || !Parts.Any(groups.Contains) || (groups.Contains("then") != groups.Contains("year")))
            {
                options.Errors.Add(ages[i], "Each 'ages' pattern needs a group named 'name' and one named 'age', 'turns', 'born', or 'then' with 'year'.");
            }
        }

        foreach (var (node, regex) in dated.Zip(patterns.Dated))
        {
            if (!regex.GetGroupNames().Contains("year"))
            {
                options.Errors.Add(node, "Each 'dated' pattern needs a group named 'year'.");
            }
        }

        return options.Errors.Any ? null : new PersonAgesAnalyzer(rule, patterns, match);
    }
}
