using Lint.Cli.Baselines;
using Lint.Cli.Commands;
using Lint.Cli.Configuration;
using Lint.Cli.Input;
using Lint.Diagnostics;
using Lint.Formats;
using Lint.Rules.Loading;

namespace Lint.Cli.Running;

/// <summary>
/// Everything <c>lint check</c> and <c>lint baseline</c> do before they lint: find the articles, find each
/// one's <c>.lint.yaml</c>, load the rules those ask for, read standard input; the articles themselves are
/// read as the <see cref="CheckPlan"/> lints them. Problems a person must fix first (a bad config, an
/// unknown <c>--ext</c>, an unreadable baseline, no articles) are written to standard error and give null:
/// exit code 2.
/// </summary>
public sealed class CheckRunner(Terminal terminal, Linter linter)
{
    public CheckPlan? Prepare(LintRequest request)
    {
        var stdinExtension = request.StdinExtension.StartsWith('.') ? request.StdinExtension : "." + request.StdinExtension;
        if (DocumentFormats.ForExtension(stdinExtension) is null)
        {
            terminal.Error.WriteLine($"error: --ext {request.StdinExtension} is not a format Lint reads; use one of {string.Join(", ", DocumentFormats.Extensions)}.");
            return null;
        }

        var inputErrors = new List<InputError>();
        var locator = new ConfigLocator();
        var stdin = request.Paths.Contains("-");
        var files = ArticleFinder.Find(request.Paths.Where(p => p != "-"), inputErrors);

        // Articles configured alike share one FileSettings (and later one ArticleSettings): only paths are kept per article.
        var configured = new Dictionary<string, FileSettings>(StringComparer.Ordinal);
        var linted = new List<(string Path, FileSettings Settings)>();
        foreach (var file in files)
        {
            var fileSettings = locator.For(Path.GetDirectoryName(file)!, file);
            if (!fileSettings.IsIgnored)
            {
                var key = fileSettings.Key;
                linted.Add((file, configured.TryAdd(key, fileSettings) ? fileSettings : configured[key]));
            }
        }

        var stdinSettings = locator.For(Directory.GetCurrentDirectory(), string.Empty);
        if (Report(locator.Loader.Errors))
        {
            return null;
        }

        var all = configured.Values.Append(stdinSettings).ToList();
        var origins = new Dictionary<string, string>(StringComparer.Ordinal);
        var options = request.Rules with
        {
            Directories = [.. request.Rules.Directories.Concat(all.SelectMany(s => s.RuleFolders))],
            UseDefaults = request.Rules.UseDefaults && all.Any(s => s.UseDefaultRules),
        };
        var problems = new List<string>();
        var rules = RuleCatalog.Load(options, problems, origins);
        RuleLoading.Report(rules, problems, terminal);
        if (rules.Rules.Count == 0)
        {
            terminal.Error.WriteLine("error: no rule could be loaded, so nothing was linted.");
            return null;
        }

        if (Report(ConfigTargets.Unknown(locator.Loader.Loaded, rules)))
        {
            return null;
        }

        Baseline? baseline = null;
        if (request.BaselinePath is { } baselinePath && (baseline = Baseline.Load(baselinePath, out var problem)) is null)
        {
            terminal.Error.WriteLine($"error: {problem}");
            return null;
        }

        var sources = new List<ArticleSource>();
        var cliFolders = request.Rules.Directories.Select(d => Path.GetFullPath(d)).ToHashSet(StringComparer.Ordinal);
        if (stdin)
        {
            using var input = terminal.OpenStandardInput();
            if (ArticleReader.ReadStdin(input, stdinExtension, inputErrors) is { } article)
            {
                sources.Add(ArticleSource.InMemory(article, Resolve(stdinSettings, request, origins, cliFolders, rules)));
            }
        }

        var resolved = new Dictionary<FileSettings, ArticleSettings>(ReferenceEqualityComparer.Instance);
        foreach (var (file, fileSettings) in linted)
        {
            if (!resolved.TryGetValue(fileSettings, out var settings))
            {
                resolved[fileSettings] = settings = Resolve(fileSettings, request, origins, cliFolders, rules);
            }

            sources.Add(ArticleSource.File(file, settings));
        }

        // Every file read gives an article or an input error, so this is known before reading any.
        if (sources.Count == 0 && inputErrors.Count == 0 && linted.Count == files.Count)
        {
            terminal.Error.WriteLine($"error: no articles ({string.Join(", ", ArticleFinder.Extensions)}) found in {string.Join(", ", request.Paths)}.");
            return null;
        }

        return new CheckPlan(terminal, linter.Start(rules, baseline), sources, inputErrors);
    }

    /// <summary>
    /// What the configuration and the command line decide for one article: a rule starts on when its folder
    /// is in use and the rule is not shipped off (<c>enabled: false</c>); the config's layers then apply.
    /// </summary>
    private static ArticleSettings Resolve(FileSettings file, LintRequest request, Dictionary<string, string> origins, HashSet<string> cliFolders, RuleSet rules)
    {
        var folders = file.RuleFolders.ToHashSet(StringComparer.Ordinal);
        var defaults = Path.GetFullPath(RuleDirectory.Default);
        var shippedOff = rules.Rules.Where(r => !r.Definition.EnabledByDefault).Select(r => r.Definition.Id).ToHashSet(StringComparer.Ordinal);
        bool FromActiveFolder(string id) => !shippedOff.Contains(id) && (!origins.TryGetValue(id, out var folder)
            || cliFolders.Contains(folder) || folders.Contains(folder) || (folder == defaults && file.UseDefaultRules && request.Rules.UseDefaults));

        var failLevel = request.FailLevel.Set ? request.FailLevel.Level : file.FailLevel.Set ? file.FailLevel.Level : Severity.Error;
        var minLevel = request.MinLevel ?? file.MinLevel ?? Severity.Suggestion;
        _ = file.Layers; // matched once here, before the articles are analysed in parallel
        var resolved = new System.Collections.Concurrent.ConcurrentDictionary<string, (bool Enabled, Severity? Level)>(StringComparer.Ordinal);
        (bool Enabled, Severity? Level) Lookup(string id) => resolved.GetOrAdd(id, i => file.Resolve(i, FromActiveFolder(i)));
        return new ArticleSettings(id => Lookup(id).Enabled, id => Lookup(id).Level, failLevel, minLevel);
    }

    private bool Report(IEnumerable<ConfigError> errors)
    {
        var any = false;
        foreach (var error in errors.Distinct().OrderBy(e => e.Path, StringComparer.Ordinal).ThenBy(e => e.Line).ThenBy(e => e.Column))
        {
            terminal.Error.WriteLine(error.ToString());
            any = true;
        }

        return any;
    }
}
