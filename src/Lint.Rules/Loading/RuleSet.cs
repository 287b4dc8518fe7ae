using Lint.Analysis;

namespace Lint.Rules.Loading;

/// <summary>
/// What loading rule files gave: the rules that loaded, sorted by id, the errors of those that did not,
/// and notes on rules that loaded (a Vale key read but not used).
/// </summary>
public sealed record RuleSet(IReadOnlyList<LoadedRule> Rules, IReadOnlyList<RuleError> Errors)
{
    public IReadOnlyList<RuleError> Notes { get; init; } = [];

    public IEnumerable<Analyzer> Analyzers => Rules.Select(r => r.Analyzer);
}
