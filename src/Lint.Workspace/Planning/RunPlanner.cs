using Lint.Rules.Loading;
using Lint.Workspace.Configuration;
using Lint.Workspace.Findings;
using Lint.Workspace.Input;

namespace Lint.Workspace.Planning;

/// <summary>
/// Plans a run over the paths of a command line (<c>check</c>, <c>baseline</c>, <c>fix</c>): finds the
/// articles, each one's configuration, loads the rules those ask for, and resolves each article's settings.
/// Articles configured alike share one <see cref="ArticleSettings"/>. What a person must fix first is
/// written to <paramref name="problems"/> as lines for standard error, in the order found.
/// </summary>
public static class RunPlanner
{
    /// <summary>
    /// The plan, or null when a config file is broken, a rules folder is missing or cannot be read, or a config names a rule that did not load (the reasons are in
    /// <paramref name="problems"/>, and the config errors also in <paramref name="configErrors"/>, with their places, for
    /// reports that annotate them). A plan may have no rules.
    /// </summary>
    public static RunPlan? Plan(IReadOnlyList<string> paths, Configurations configurations, CommandLevels levels, List<string> problems, List<ConfigError>? configErrors = null)
    {
        var inputErrors = new List<InputError>();
        var files = ArticleFinder.Find(paths.Where(p => p != "-"), inputErrors, file => configurations.For(file).ReadsAs(Path.GetExtension(file).TrimStart('.')));
        var configured = new Dictionary<string, FileSettings>(StringComparer.Ordinal);
        var linted = new List<(string Path, FileSettings Settings)>();
        foreach (var file in files)
        {
            var fileSettings = configurations.For(file);
            if (!fileSettings.IsIgnored)
            {
                linted.Add((file, configured.TryAdd(fileSettings.Key, fileSettings) ? fileSettings : configured[fileSettings.Key]));
            }
        }

        var stdinSettings = configurations.For(null);
        if (Add(problems, configurations.Errors, configErrors))
        {
            return null;
        }

        problems.AddRange(configured.Values.Append(stdinSettings).SelectMany(s => s.Warnings).Distinct()
            .OrderBy(w => w.Path, StringComparer.Ordinal).ThenBy(w => w.Line).ThenBy(w => w.Column).Select(w => w.ToString()));
        var folderProblems = new List<string>();
        var rules = Configurations.Load(configurations.RuleFoldersOf([.. configured.Values, stdinSettings]), folderProblems);
        problems.AddRange(Describe(rules.Rules, folderProblems));
        if (folderProblems.Count > 0)
        {
            return null; // a rules folder that is missing or unreadable: the run would silently lack its rules
        }

        if (rules.Rules.Rules.Count > 0 && Add(problems, configurations.UnknownTargets(rules.Rules).Distinct().OrderBy(e => e.Path, StringComparer.Ordinal).ThenBy(e => e.Line).ThenBy(e => e.Column), configErrors))
        {
            return null;
        }

        var resolved = new Dictionary<FileSettings, ArticleSettings>(ReferenceEqualityComparer.Instance);
        var articles = new List<PlannedArticle>();
        foreach (var (file, fileSettings) in linted)
        {
            if (!resolved.TryGetValue(fileSettings, out var settings))
            {
                resolved[fileSettings] = settings = configurations.Resolve(fileSettings, rules, levels);
            }

            articles.Add(new PlannedArticle(file, settings));
        }

        return new RunPlan(rules, articles, configurations.Resolve(stdinSettings, rules, levels), inputErrors, files.Count);
    }

    /// <summary>The rule folders that could not be read, the rule files that did not load and the notes on those that did, as lines for standard error.</summary>
    public static IEnumerable<string> Describe(RuleSet rules, IEnumerable<string> folderProblems) =>
        folderProblems.Select(p => $"error: {p}")
            .Concat(rules.Errors.Select(e => $"{e.Path}:{e.Line}:{e.Column}: error: {e.Message}"))
            .Concat(rules.Notes.Select(n => $"{n.Path}:{n.Line}:{n.Column}: note: {n.Message}"));

    private static bool Add(List<string> problems, IEnumerable<ConfigError> errors, List<ConfigError>? configErrors)
    {
        var count = problems.Count;
        var list = errors.ToList();
        configErrors?.AddRange(list);
        problems.AddRange(list.Select(e => e.ToString()));
        return problems.Count > count;
    }
}
