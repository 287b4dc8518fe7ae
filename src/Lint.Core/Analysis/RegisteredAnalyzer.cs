using Lint.Diagnostics;

namespace Lint.Analysis;

/// <summary>An analyzer with the actions it registered.</summary>
internal sealed class RegisteredAnalyzer(Analyzer analyzer, AnalysisContext actions)
{
    public DiagnosticDescriptor Descriptor => analyzer.Descriptor;

    public AnalysisContext Actions { get; } = actions;
}
