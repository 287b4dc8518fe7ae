using Lint.Analysis;
using Lint.Diagnostics;
using Lint.Rules.Loading;

namespace Lint.Cli.Tests.Running;

/// <summary>Rule sets made of test analyzers, as if loaded from rule files.</summary>
internal static class TestRules
{
    public static RuleSet Of(params Analyzer[] analyzers) => new(
        [.. analyzers.Select(a => new LoadedRule(
            new RuleDefinition(a.Descriptor.Id, "test", a.Descriptor.Title, a.Descriptor.DefaultSeverity, a.Descriptor.Description, null, RuleScope.All, $"rules/{a.Descriptor.Id}.yml", []),
            a))],
        []);

    public static DiagnosticDescriptor Descriptor(string id) => new(id, id, id, Severity.Warning);
}
