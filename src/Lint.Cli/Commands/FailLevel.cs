using Lint.Diagnostics;

namespace Lint.Cli.Commands;

/// <summary>The <c>--fail-level</c>: the lowest severity that makes the run fail (exit code 1), or none.</summary>
public static class FailLevel
{
    public static readonly string[] Names = ["error", "warning", "suggestion", "none"];

    public static Severity? Parse(string name) => name switch
    {
        "warning" => Severity.Warning,
        "suggestion" => Severity.Suggestion,
        "none" => null,
        _ => Severity.Error,
    };
}
