using Lint.Cli.Input;
using Lint.Cli.Running;
using Lint.Rules.Loading;

namespace Lint.Cli.Reporting;

/// <summary>What a report learns after its last article: what went wrong on the way, and the counts of the run.</summary>
public sealed record ReportEnd(
    IReadOnlyList<RuleError> RuleErrors,
    IReadOnlyList<InputError> InputErrors,
    IReadOnlyList<string> Failures,
    RunTally Tally)
{
    /// <summary>Rule-file errors, then unreadable inputs, then failures, as sentences.</summary>
    public IEnumerable<string> Problems =>
        RuleErrors.Select(e => e.ToString()).Concat(InputErrors.Select(e => e.ToString())).Concat(Failures);
}
