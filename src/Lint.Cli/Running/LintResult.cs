using Lint.Cli.Input;
using Lint.Diagnostics;
using Lint.Rules.Loading;

namespace Lint.Cli.Running;

/// <summary>Everything a run produced: per-article findings, the rules used, and what went wrong on the way.</summary>
public sealed record LintResult(
    IReadOnlyList<ArticleResult> Articles,
    IReadOnlyList<DiagnosticDescriptor> Rules,
    IReadOnlyList<RuleError> RuleErrors,
    IReadOnlyList<InputError> InputErrors,
    IReadOnlyList<string> Failures)
{
    public IEnumerable<Diagnostic> Diagnostics => Articles.SelectMany(a => a.Diagnostics);

    /// <summary>True when the run compared its findings with a baseline (SARIF then marks each result new or unchanged).</summary>
    public bool HasBaseline { get; init; }
}
