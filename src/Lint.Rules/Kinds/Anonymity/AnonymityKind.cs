using Lint.Analysis;
using Lint.Rules.Loading;
using Lint.Rules.Matching;
using YamlDotNet.RepresentationModel;

namespace Lint.Rules.Kinds.Anonymity;

/// <summary>
/// <c>extends: anonymity</c> (Lint's own kind): AP's rule that an unnamed source comes with the reason for
/// the anonymity and a description of the source's position. <c>sources</c> are the patterns of unnamed
/// sources ("a source said", "people familiar with the matter"); a sentence that matches any of
/// <c>reasons</c> ("not authorized to discuss") is left alone, and so is a source the sentence describes
/// (<c>described</c>: "senior U.S. officials"). A pattern's named group <c>who</c> captures the source's
/// noun: once a story has described its officials, a later "one official said" refers back to them. The
/// shared keys (<c>ignorecase</c>, <c>nonword</c>, <c>exceptions</c>, <c>quotes</c>) apply. The message's
/// <c>%s</c> is the unnamed source as written.
/// </summary>
public sealed class AnonymityKind : RuleKind
{
    public override string Name => "anonymity";

    public override Analyzer? Create(RuleDefinition rule, RuleNode options)
    {
        var match = MatchOptions.Read(options, readQuotes: true);
        var sources = options.GetList("sources", required: true);
        var reasons = options.GetList("reasons");
        var described = options.GetList("described");
        var valid = sources.All(s => RulePattern.Validate(s, options.Errors, "source pattern"))
            & reasons.All(r => RulePattern.Validate(r, options.Errors, "reason pattern"))
            & described.All(d => RulePattern.Validate(d, options.Errors, "description pattern"));
        if (!valid || sources.Count == 0)
        {
            return null;
        }

        var compiled = new AnonymityOptions(Join(match, sources)!, Join(match, reasons), Join(match, described), match);
        return new AnonymityAnalyzer(rule, compiled);
    }

    private static PatternSet? Join(MatchOptions match, IReadOnlyList<YamlScalarNode> patterns) =>
        patterns.Count == 0 ? null : match.Set(patterns);
}
