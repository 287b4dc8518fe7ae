using System.Runtime.CompilerServices;
using Lint.Analysis;
using Lint.Rules.Loading;

namespace Lint.LanguageServer.Analysis;

/// <summary>One analyzer driver per rule set, built on first use and dropped with the rule set when rules reload.</summary>
public sealed class DriverCache
{
    private readonly ConditionalWeakTable<RuleSet, AnalyzerDriver> _drivers = [];

    public AnalyzerDriver For(RuleSet rules) => _drivers.GetValue(rules, set => new AnalyzerDriver(set.Analyzers));
}
