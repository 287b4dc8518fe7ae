using Lint.Diagnostics;
using Lint.Formats;
using Lint.Rules.Loading;
using Lint.Workspace.Vale;

namespace Lint.Workspace.Configuration;

/// <summary>
/// One <c>.lint.yaml</c> as written: what it extends, the rule folders it adds, whether it uses the default
/// pack, its rule settings and overrides, the paths it ignores, and its fail and minimum levels. Paths
/// and globs in it are relative to its own folder; <see cref="RuleFolders"/> are full paths.
/// </summary>
public sealed record ConfigFile(
    string Path,
    ConfigFile? Extends,
    IReadOnlyList<string> RuleFolders,
    bool? DefaultRules,
    RuleSwitches Switches,
    IReadOnlyList<ConfigOverride> Overrides,
    Globs Ignore,
    (Severity? Level, bool Set) FailLevel,
    Severity? MinLevel)
{
    public const string FileName = ".lint.yaml";

    public string Directory => System.IO.Path.GetDirectoryName(Path)!;

    /// <summary>Rules the file brings that are not in a folder (a <c>.vale.ini</c>'s vocabulary rules and zipped packages); their origin is this file's path.</summary>
    public IReadOnlyList<RuleSource> RuleSources { get; init; } = [];

    /// <summary>Text on which no finding is reported, per glob (a <c>.vale.ini</c>'s <c>BlockIgnores</c> and <c>TokenIgnores</c>).</summary>
    public IReadOnlyList<TextIgnore> TextIgnores { get; init; } = [];

    /// <summary>How the articles are read beyond their format (a <c>.vale.ini</c>'s <c>[formats]</c> and scopes); null: as their format says.</summary>
    public ParseOptions? Parsing { get; init; }

    /// <summary>What the file asks that Lint cannot do, at its line (a scope it cannot map, a format it does not read); the rest applies.</summary>
    public IReadOnlyList<ConfigError> Warnings { get; init; } = [];

    /// <summary>
    /// Whether a rule or style this file names that did not load is an error. A <c>.vale.ini</c>'s are not, as in
    /// Vale: turning off a rule that failed to load (a kind Lint lacks) must not stop the run.
    /// </summary>
    public bool ChecksTargets { get; init; } = true;

    /// <summary>This file and the ones it extends, the furthest base first.</summary>
    public IEnumerable<ConfigFile> Chain => (Extends?.Chain ?? []).Append(this);
}
