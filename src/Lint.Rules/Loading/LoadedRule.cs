using Lint.Analysis;

namespace Lint.Rules.Loading;

/// <summary>A rule that loaded: its definition and the analyzer its kind built.</summary>
public sealed record LoadedRule(RuleDefinition Definition, Analyzer Analyzer);
