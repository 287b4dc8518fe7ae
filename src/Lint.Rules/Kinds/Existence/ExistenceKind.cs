using Lint.Analysis;
using Lint.Rules.Loading;
using Lint.Rules.Matching;

namespace Lint.Rules.Kinds.Existence;

/// <summary>
/// <c>extends: existence</c>, as in Vale: flags any of <c>tokens</c> (whole words unless <c>nonword</c>),
/// or the regex made by joining <c>raw</c> (before the tokens; after them with Vale's <c>append: true</c>). The message's <c>%s</c> is the text found. The shared keys of
/// <see cref="MatchOptions"/> apply, <c>quotes: skip</c> included.
/// </summary>
public sealed class ExistenceKind : RuleKind
{
    public override string Name => "existence";

    public override Analyzer? Create(RuleDefinition rule, RuleNode options)
    {
        var match = MatchOptions.Read(options, readQuotes: true);
        var tokens = options.GetList("tokens");
        var raw = options.GetList("raw");
        var append = options.GetBool("append", false);
        if (tokens.Count == 0 && raw.Count == 0)
        {
            options.Errors.Add(options.Mapping, "An existence rule needs 'tokens' (a list of words or patterns) or 'raw'.");
            return null;
        }

        var valid = tokens.All(t => RulePattern.Validate(t, options.Errors, "token"))
            & (raw.Count == 0 || RulePattern.Validate(string.Concat(raw.Select(r => r.Value)), raw[0], options.Errors, "raw pattern"));
        if (!valid)
        {
            return null;
        }

        // Tokens alone are searched as a set, one pattern each; raw text is one pattern, with the tokens after it (or before, with append).
        var joined = string.Concat(raw.Select(r => r.Value));
        var bound = tokens.Count == 0 ? string.Empty : match.Bound(string.Join('|', tokens.Select(t => $"(?:{t.Value})")));
        string[] patterns = raw.Count == 0
            ? [.. tokens.Select(t => match.Bound(t.Value!))]
            : [append ? bound + joined : joined + bound];
        return new ExistenceAnalyzer(rule, match.Set(patterns), match);
    }
}
