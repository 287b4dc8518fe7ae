using Lint.Analysis;
using Lint.Rules.Loading;

namespace Lint.Rules.Kinds.Ages;

/// <summary>
/// <c>extends: ages</c> (Lint's own kind): a person referred back to by an age the story never gave,
/// "the 49-year-old could face 10 years" after "Tomasz Wójcik, 47, ...". <c>stated</c> are the patterns
/// that give an age ("Name, 47,", "a 23-year-old", "aged 60"), <c>references</c> those that refer back
/// by age ("the 49-year-old said"); each captures the number in a group named <c>age</c>. A reference is
/// flagged when the story states no such age but states one within <c>near</c> years of it (default 3):
/// the mark of a figure changed in one place, not of a new person. The shared keys (<c>ignorecase</c>,
/// <c>nonword</c>, <c>exceptions</c>) apply. The message's <c>%s</c> are the reference and the ages stated.
/// </summary>
public sealed class AgesKind : RuleKind
{
    public override string Name => "ages";

    public override Analyzer? Create(RuleDefinition rule, RuleNode options)
    {
        var match = MatchOptions.Read(options);
        var stated = options.GetList("stated", required: true);
        var references = options.GetList("references", required: true);
        var near = options.GetInt("near", 1, 20) ?? 3;
        var valid = stated.All(s => RulePattern.Validate(s, options.Errors, "stated pattern"))
            & references.All(r => RulePattern.Validate(r, options.Errors, "reference pattern"));
        if (!valid || options.Errors.Any)
        {
            return null;
        }

        var patterns = new AgePatterns(
            [.. stated.Select(s => match.Compile(s.Value!))],
            [.. references.Select(r => match.Compile(r.Value!))],
            near);
        if (!patterns.All.All(p => Array.IndexOf(p.GetGroupNames(), "age") >= 0))
        {
            options.Errors.Add(options.Mapping, "Every 'stated' and 'references' pattern needs a group named 'age': (?<age>\\d{1,3}).");
            return null;
        }

        return new AgesAnalyzer(rule, patterns, match);
    }
}
