using Lint.Analysis;
using Lint.Rules.Loading;

namespace Lint.Rules.Kinds.Conditional;

/// <summary>
/// <c>extends: conditional</c>, as in Vale: the existence of <c>first</c> implies the existence of
/// <c>second</c>, such as an acronym used without its definition. When <c>second</c> has a capture group
/// ("World Health Organization (WHO)" captures "WHO"), each match of <c>first</c> must be a value that
/// group captured in the document so far (blocks are read in order, so a definition after the first use
/// comes too late for it); without a group, <c>first</c> is flagged wherever its block has no match of
/// <c>second</c>. Neither pattern is bound to whole words (Vale's rules write their own <c>\b</c>).
/// <c>exceptions</c> are never flagged, <c>ignorecase</c> applies to both patterns, and the message's
/// <c>%s</c> is the text found.
/// </summary>
public sealed class ConditionalKind : RuleKind
{
    public override string Name => "conditional";

    public override Analyzer? Create(RuleDefinition rule, RuleNode options)
    {
        var match = MatchOptions.Read(options, readNonWord: false);
        var first = options.GetScalar("first", required: true);
        var second = options.GetScalar("second", required: true);
        if (first is null || second is null
            || !(RulePattern.Validate(first, options.Errors, "'first' pattern") & RulePattern.Validate(second, options.Errors, "'second' pattern")))
        {
            return null;
        }

        var definitions = RulePattern.Compile(second.Value!, match.IgnoreCase);
        var uses = RulePattern.Compile(first.Value!, match.IgnoreCase);
        return new ConditionalAnalyzer(rule, uses, definitions, match);
    }
}
