using Lint.Diagnostics;

namespace Lint.Workspace.Reporting;

/// <summary>Severity names as each output format spells them.</summary>
public static class Levels
{
    public static string Text(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "suggestion",
    };

    public static string Sarif(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    public static string GitHub(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "notice",
    };
}
