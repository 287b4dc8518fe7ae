using Lint.Diagnostics;

namespace Lint.Workspace.Configuration;

/// <summary>The level names of options and config keys: error, warning, suggestion, and "none" for a fail level that never fails.</summary>
public static class LevelNames
{
    public static readonly string[] Shown = ["error", "warning", "suggestion"];

    public static readonly string[] Fail = ["error", "warning", "suggestion", "none"];

    public static bool TryParse(string name, bool allowNone, out Severity? level)
    {
        level = name switch
        {
            "error" => Severity.Error,
            "warning" => Severity.Warning,
            "suggestion" => Severity.Suggestion,
            _ => null,
        };
        return level is not null || (allowNone && name == "none");
    }
}
