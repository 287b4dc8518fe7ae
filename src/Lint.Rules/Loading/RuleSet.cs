using Lint.Analysis;

namespace Lint.Rules.Loading;

/// <summary>What loading rule files gave: the rules that loaded, sorted by id, and the errors of those that did not.</summary>
public sealed record RuleSet(IReadOnlyList<LoadedRule> Rules, IReadOnlyList<RuleError> Errors)
{
    public IEnumerable<Analyzer> Analyzers => Rules.Select(r => r.Analyzer);
}
