using Lint.Cli.Reporting;
using Lint.Diagnostics;
using Lint.Rules.Loading;
using Lint.Workspace.Findings;
using Lint.Workspace.Input;

namespace Lint.Cli.Running;

/// <summary>Everything a run produced, held in memory: per-article findings, the rules used, and what went wrong on the way.</summary>
public sealed record LintResult(
    IReadOnlyList<ArticleResult> Articles,
    IReadOnlyList<DiagnosticDescriptor> Rules,
    IReadOnlyList<RuleError> RuleErrors,
    IReadOnlyList<InputError> InputErrors)
{
    public IEnumerable<Diagnostic> Diagnostics => Articles.SelectMany(a => a.Diagnostics);

    /// <summary>True when the run compared its findings with a baseline (SARIF then marks each result new or unchanged).</summary>
    public bool HasBaseline { get; init; }

    /// <summary>The start of the run as a streamed report sees it.</summary>
    public ReportStart Start => new(Rules, HasBaseline);

    /// <summary>The end of the run as a streamed report sees it.</summary>
    public ReportEnd End => new(RuleErrors, InputErrors, RunTally.Of(Articles));
}
