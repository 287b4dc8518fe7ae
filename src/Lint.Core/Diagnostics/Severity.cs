namespace Lint.Diagnostics;

/// <summary>How serious a finding is. Ordered: a suggestion is below a warning, a warning below an error.</summary>
public enum Severity
{
    Suggestion = 1,
    Warning = 2,
    Error = 3,
}
