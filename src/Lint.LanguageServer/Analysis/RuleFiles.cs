namespace Lint.LanguageServer.Analysis;

/// <summary>The files whose change means the rules must be loaded again: rule files and <c>.lint.yaml</c> configuration.</summary>
public static class RuleFiles
{
    /// <summary>The globs the server asks the client to watch.</summary>
    public static IReadOnlyList<string> Globs { get; } = ["**/*.yml", "**/*.yaml", "**/.lint.yaml"];

    public static bool IsRuleFile(string path) =>
        path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase);
}
