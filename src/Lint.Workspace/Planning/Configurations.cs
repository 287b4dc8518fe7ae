using System.Collections.Concurrent;
using Lint.Analysis;
using Lint.Diagnostics;
using Lint.Rules.Loading;
using Lint.Workspace.Configuration;
using Lint.Workspace.Findings;
using Lint.Workspace.Input;
using Lint.Workspace.Loading;

namespace Lint.Workspace.Planning;

/// <summary>
/// The one place that turns paths and configuration into rules and settings, for every front end
/// (<c>check</c>, <c>fix</c>, <c>baseline</c>, <c>test</c> and the language server): each article's nearest
/// <c>.lint.yaml</c> (with what it extends), the rule folders the configurations and the command line ask
/// for, and what the configuration decides per article (ignored, rules on or off, severities, levels).
/// </summary>
public sealed class Configurations(RuleOptions options, IReadOnlyList<string>? valeSources = null)
{
    private readonly ConfigLocator _locator = new(options.AllowOutsideRepository) { ValeSources = valeSources };

    /// <summary>The name standard input is configured as (<c>lint vale</c>: "stdin.md", which a section glob may match); null: it has no path.</summary>
    public string? StdinName { get; init; }

    /// <summary>The rule folders and default pack given on the command line, folders as full paths.</summary>
    public RuleOptions Options { get; } = options with { Directories = [.. options.Directories.Select(Path.GetFullPath)] };

    /// <summary>The configuration of an article; a null or empty path (standard input, an unsaved buffer) uses the working directory's.</summary>
    public FileSettings For(string? fullPath) =>
        string.IsNullOrEmpty(fullPath)
            ? _locator.For(Directory.GetCurrentDirectory(), StdinName is null ? string.Empty : Path.GetFullPath(StdinName))
            : _locator.For(Path.GetDirectoryName(fullPath)!, fullPath);

    /// <summary>The errors of every config file read so far, each once, by file, line and column.</summary>
    public IReadOnlyList<ConfigError> Errors =>
        [.. _locator.Loader.Errors.Distinct().OrderBy(e => e.Path, StringComparer.Ordinal).ThenBy(e => e.Line).ThenBy(e => e.Column)];

    /// <summary>The errors of the config files that decide for one article.</summary>
    public IEnumerable<ConfigError> ErrorsOf(FileSettings file)
    {
        var paths = file.Chain.Select(c => ArticleReader.DisplayPath(c.Path)).ToHashSet(StringComparer.Ordinal); // errors name files as shown
        return _locator.Loader.Errors.Where(e => paths.Contains(e.Path)).Distinct();
    }

    /// <summary>The rule ids and styles the given config files (every one read so far, by default) name but no loaded rule has.</summary>
    public IEnumerable<ConfigError> UnknownTargets(RuleSet rules, IEnumerable<ConfigFile>? files = null) =>
        ConfigTargets.Unknown(files ?? _locator.Loader.Loaded, rules);

    /// <summary>What the command line and the given configurations ask for: the command line's folders, then theirs; the default pack if any uses it.</summary>
    public RuleOptions RuleFoldersOf(IReadOnlyCollection<FileSettings> files) => Options with
    {
        Directories = [.. Options.Directories.Concat(files.SelectMany(s => s.RuleFolders)).Distinct(StringComparer.Ordinal)],
        UseDefaults = Options.UseDefaults && files.Any(s => s.UseDefaultRules),
        Sources = [.. files.SelectMany(s => s.RuleSources).DistinctBy(s => (s.Source.Id, s.Origin))],
    };

    /// <summary>Loads the rules of <paramref name="folders"/>; folders that could not be read are added to <paramref name="problems"/>.</summary>
    public static LoadedRules Load(RuleOptions folders, List<string> problems)
    {
        var origins = new Dictionary<string, string>(StringComparer.Ordinal);
        var rules = RuleCatalog.Load(folders, problems, origins);
        return new LoadedRules(rules, origins);
    }

    /// <summary>
    /// What the configuration and the command line decide for one article. A rule starts on when its folder is
    /// in use for the article (the command line's, the article's configuration's, or the default pack unless
    /// either turns it off) and it is not shipped off (<c>enabled: false</c>); the configuration's layers then
    /// apply, in order.
    /// </summary>
    public ArticleSettings Resolve(FileSettings file, LoadedRules loaded, CommandLevels levels)
    {
        var folders = file.RuleFolders.Concat(file.RuleSources.Select(s => s.Origin)).ToHashSet(StringComparer.Ordinal);
        var cliFolders = Options.Directories.ToHashSet(StringComparer.Ordinal);
        var defaults = Path.GetFullPath(RuleDirectory.Default);
        var useDefaults = file.UseDefaultRules && Options.UseDefaults;
        var shippedOff = loaded.Rules.Rules.Where(r => !r.Definition.EnabledByDefault).Select(r => r.Definition.Id).ToHashSet(StringComparer.Ordinal);
        bool FromActiveFolder(string id) => !shippedOff.Contains(id) && (!loaded.Origins.TryGetValue(id, out var folder)
            || cliFolders.Contains(folder) || folders.Contains(folder) || (folder == defaults && useDefaults));

        var failLevel = levels.FailLevel.Set ? levels.FailLevel.Level : file.FailLevel.Set ? file.FailLevel.Level : Severity.Error;
        var minLevel = levels.MinLevel ?? file.MinLevel ?? Severity.Suggestion;
        _ = file.Layers; // matched once here, before the articles are analysed in parallel
        var resolved = new ConcurrentDictionary<string, (bool Enabled, Severity? Level)>(StringComparer.Ordinal);
        (bool Enabled, Severity? Level) Lookup(string id) => resolved.GetOrAdd(id, i => file.Resolve(i, FromActiveFolder(i)));
        return new ArticleSettings(id => Lookup(id).Enabled, id => Lookup(id).Level, failLevel, minLevel)
        {
            IsIgnored = file.IsIgnored,
            IgnoredText = [.. file.TextIgnores.Where(i => i.WholeFinding)],
            Parsing = file.Parsing,
            House = HouseStyleOf(loaded, defaults, id => Lookup(id).Enabled),
        };
    }

    /// <summary>The house style of an article: the rules in use there that come from a folder other than the default pack.</summary>
    private static HouseStyle? HouseStyleOf(LoadedRules loaded, string defaults, Func<string, bool> isEnabled)
    {
        var house = loaded.Rules.Rules
            .Where(r => loaded.Origins.TryGetValue(r.Definition.Id, out var folder) && folder != defaults && isEnabled(r.Definition.Id))
            .Select(r => r.Analyzer)
            .ToList();
        return house.Count == 0 ? null : new HouseStyle(new AnalyzerDriver(house));
    }
}
