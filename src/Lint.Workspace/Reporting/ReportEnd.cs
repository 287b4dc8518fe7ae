using Lint.Rules.Loading;
using Lint.Workspace.Input;

namespace Lint.Workspace.Reporting;

/// <summary>What a report learns after its last article: what went wrong on the way, and the counts of the run.</summary>
public sealed record ReportEnd(
    IReadOnlyList<RuleError> RuleErrors,
    IReadOnlyList<InputError> InputErrors,
    RunTally Tally)
{
    /// <summary>Why nothing was linted (a broken configuration, no rule loaded), or null for a run that linted.</summary>
    public string? Failure { get; init; }

    /// <summary>Rule-file (and configuration) errors, then unreadable inputs, then the failure, as sentences. (A rule that fails on an article is a finding there.)</summary>
    public IEnumerable<string> Problems =>
        RuleErrors.Select(e => e.ToString()).Concat(InputErrors.Select(e => e.ToString())).Concat(Failure is null ? [] : [Failure]);
}
