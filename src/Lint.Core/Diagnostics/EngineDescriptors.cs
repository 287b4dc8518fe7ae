namespace Lint.Diagnostics;

/// <summary>Descriptors for what the engine itself reports, as opposed to what rules report.</summary>
public static class EngineDescriptors
{
    public static DiagnosticDescriptor RuleFailure { get; } = new(
        "Lint.RuleFailure",
        "A rule failed on this article",
        "The rule threw an error or ran out of time on this article. Its other findings in this article are not shown; the other rules still ran.",
        Severity.Error);

    public static DiagnosticDescriptor UnknownRule { get; } = new(
        "Lint.UnknownRule",
        "A lint comment names a rule that is not loaded",
        "A <!-- lint disable/enable/ignore --> comment names a rule id or style that no loaded rule has, so it does nothing for that name. Check the spelling against 'lint rules'.",
        Severity.Warning);

    /// <summary>The engine's own descriptors, which every run may report beside its rules'.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = [RuleFailure, UnknownRule];

    /// <summary>Every descriptor a run with these rules can report: the rules', then the engine's own.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> With(IEnumerable<DiagnosticDescriptor> rules) => [.. rules, .. All];
}
