using Lint.Diagnostics;
using Lint.Formats;

namespace Lint.Workspace.Configuration;

/// <summary>
/// The configuration that applies to one article: its nearest <c>.lint.yaml</c> with what that extends
/// (the furthest base first). Later settings win: a file's own over its base's, an override over the top
/// of its file. No config file means the defaults: every rule on, fail on errors, show everything.
/// </summary>
public sealed class FileSettings(string fullPath, IReadOnlyList<ConfigFile> chain)
{
    private IReadOnlyList<RuleSwitches>? _layers;

    /// <summary>The config files that decide, the furthest base first.</summary>
    public IReadOnlyList<ConfigFile> Chain => chain;

    /// <summary>The nearest config file, if any.</summary>
    public ConfigFile? Config => chain.Count > 0 ? chain[^1] : null;

    public bool UseDefaultRules => chain.LastOrDefault(c => c.DefaultRules is not null)?.DefaultRules ?? true;

    public IEnumerable<string> RuleFolders => chain.SelectMany(c => c.RuleFolders);

    /// <summary>The rules the chain's files bring outside folders, each with its origin (the file that brings it).</summary>
    public IEnumerable<(Lint.Rules.Loading.RuleSource Source, string Origin)> RuleSources => chain.SelectMany(c => c.RuleSources.Select(s => (s, c.Path)));

    /// <summary>The patterns of text on which no finding is reported in this article (a <c>.vale.ini</c>'s ignores that match it).</summary>
    public IReadOnlyList<Vale.TextIgnore> TextIgnores =>
        [.. chain.SelectMany(c => c.TextIgnores).Where(i => fullPath.Length > 0 && i.Files.Matches(fullPath))];

    /// <summary>How this article is read: the nearest file's <c>[formats]</c> and scopes, with the ignores that match it (its text hidden from the rules).</summary>
    public ParseOptions Parsing
    {
        get
        {
            var ignores = TextIgnores.Where(i => !i.WholeFinding).ToList();
            var nearest = chain.LastOrDefault(c => c.Parsing is not null)?.Parsing ?? ParseOptions.Default;
            return ignores.Count == 0 ? nearest : nearest with
            {
                TokenIgnores = [.. ignores.Where(i => !i.Block).Select(i => i.Pattern)],
                BlockIgnores = [.. ignores.Where(i => i.Block).Select(i => i.Pattern)],
            };
        }
    }

    /// <summary>Whether the nearest file's <c>[formats]</c> reads files with this extension (no dot) as a format Lint reads.</summary>
    public bool ReadsAs(string extension) => chain.LastOrDefault(c => c.Parsing is not null)?.Parsing?.Formats.ContainsKey(extension) ?? false;

    /// <summary>What the chain's files ask that Lint cannot do (warnings, at their lines).</summary>
    public IEnumerable<ConfigError> Warnings => chain.SelectMany(c => c.Warnings);

    public bool IsIgnored => fullPath.Length > 0 && chain.Any(c => c.Ignore.Matches(fullPath));

    /// <summary>The fail level set by the nearest file that sets one: (null, true) is "none"; (_, false) is not set.</summary>
    public (Severity? Level, bool Set) FailLevel => chain.LastOrDefault(c => c.FailLevel.Set)?.FailLevel ?? (null, false);

    public Severity? MinLevel => chain.LastOrDefault(c => c.MinLevel is not null)?.MinLevel;

    /// <summary>The layers of rule settings in the order they apply: each file's top, then its overrides that match this article.</summary>
    public IReadOnlyList<RuleSwitches> Layers => _layers ??= chain.SelectMany(c =>
        c.Overrides.Where(o => fullPath.Length > 0 && o.Files.Matches(fullPath)).Select(o => o.Switches).Prepend(c.Switches)).ToList();

    /// <summary>
    /// What decides the settings of this article, as text: its nearest config and which overrides of that
    /// config's chain match it. Articles with equal keys are configured alike, so they can share settings.
    /// </summary>
    public string Key => string.Join('|', chain.Select(c => c.Path).Prepend(string.Empty))
        + "|" + string.Concat(chain.SelectMany(c => c.Overrides.Select(o => o.Files).Concat(c.TextIgnores.Select(i => i.Files))
            .Select(g => fullPath.Length > 0 && g.Matches(fullPath) ? '1' : '0')));

    /// <summary>Whether a rule runs on this article and the severity it reports with (null: its own).</summary>
    public (bool Enabled, Severity? Level) Resolve(string ruleId, bool enabledByDefault)
    {
        var enabled = enabledByDefault;
        Severity? level = null;
        foreach (var layer in Layers)
        {
            layer.Apply(ruleId, ref enabled, ref level);
        }

        return (enabled, level);
    }
}
