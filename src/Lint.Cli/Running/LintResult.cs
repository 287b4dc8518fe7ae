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
}
