using Lint.Diagnostics;
using Lint.Workspace.Configuration;

namespace Lint.Workspace.Vale;

/// <summary>
/// A <c>.vale.ini</c> as read: its full path and folder, <c>StylesPath</c> (a full path), <c>MinAlertLevel</c>,
/// the vocabularies and packages it names, <c>[formats]</c> associations, the scopes it ignores or skips,
/// and its glob sections in the order written (<c>[*]</c> included).
/// </summary>
public sealed record ValeConfig(
    string Path,
    string? StylesPath,
    Severity? MinAlertLevel,
    IReadOnlyList<ConfigEntry> Vocab,
    IReadOnlyList<ConfigEntry> Packages,
    IReadOnlyDictionary<string, string> Formats,
    IReadOnlyList<string> IgnoredScopes,
    IReadOnlyList<string> SkippedScopes,
    IReadOnlyList<ValeSection> Sections)
{
    /// <summary>The names Vale looks for in each folder, in its order.</summary>
    public static readonly string[] FileNames = [".vale", "_vale", "vale.ini", ".vale.ini", "_vale.ini"];

    public string Directory => System.IO.Path.GetDirectoryName(Path)!;

    /// <summary>What the configuration asks that Lint cannot do (a scope it cannot map, a format it does not read), at its line: the rest still applies.</summary>
    public IReadOnlyList<ConfigError> Warnings { get; init; } = [];

    public static bool IsValeFile(string path) => FileNames.Contains(System.IO.Path.GetFileName(path), StringComparer.Ordinal);
}
