using Humanizer;
using Lint.Rules.Loading;
using Lint.Workspace.Configuration;
using Lint.Workspace.Findings;
using Lint.Workspace.Loading;
using Lint.Workspace.Planning;
using Microsoft.Extensions.Logging;

namespace Lint.Workspace.Planning;

/// <summary>
/// The server's rules and settings, chosen by <see cref="Configurations"/> as for <c>lint check</c>: each
/// document's nearest <c>.lint.yaml</c> (with what it extends) picks its rule folders, whether the default
/// pack is used, the rules on or off, their severities, the minimum level and the ignored paths, on top of
/// the <c>--rules</c> folders given to <c>lint lsp</c>. Documents whose configurations resolve to the same
/// folders share one <see cref="RuleSet"/>. A configuration with errors is logged to stderr (each error
/// once) and its documents get the default settings. Everything is read on first use and again after
/// <see cref="Reload"/>.
/// </summary>
public sealed class CatalogRuleSetProvider(RuleOptions options, ILogger logger) : IRuleSetProvider
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, LoadedRules> _sets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (RuleSet Rules, ArticleSettings Settings)> _documents = new(StringComparer.Ordinal);
    private readonly HashSet<ConfigError> _reported = [];
    private Configurations _configurations = new(options);

    public RuleSet GetRules(string? documentPath) => Resolve(documentPath).Rules;

    public ArticleSettings GetSettings(string? documentPath) => Resolve(documentPath).Settings;

    public void Reload()
    {
        lock (_gate)
        {
            _sets.Clear();
            _documents.Clear();
            _reported.Clear();
            _configurations = new Configurations(options);
        }
    }

    private (RuleSet Rules, ArticleSettings Settings) Resolve(string? documentPath)
    {
        lock (_gate)
        {
            var key = documentPath ?? string.Empty;
            if (!_documents.TryGetValue(key, out var resolved))
            {
                _documents[key] = resolved = Configure(documentPath ?? string.Empty);
            }

            return resolved;
        }
    }

    /// <summary>The rules and settings of one document; an unsaved buffer (empty path) is configured from the working directory, as standard input is.</summary>
    private (RuleSet Rules, ArticleSettings Settings) Configure(string path)
    {
        var file = _configurations.For(path);
        if (Report(_configurations.ErrorsOf(file)))
        {
            return Configure(new FileSettings(path, []));
        }

        var rules = RulesFor(file);
        if (Report(_configurations.UnknownTargets(rules.Rules, file.Chain)))
        {
            return Configure(new FileSettings(path, []));
        }

        return (rules.Rules, _configurations.Resolve(file, rules, CommandLevels.None));
    }

    private (RuleSet Rules, ArticleSettings Settings) Configure(FileSettings defaults)
    {
        var rules = RulesFor(defaults);
        return (rules.Rules, _configurations.Resolve(defaults, rules, CommandLevels.None));
    }

    /// <summary>The rules of the document's set of folders, loaded once per set.</summary>
    private LoadedRules RulesFor(FileSettings file)
    {
        var folders = _configurations.RuleFoldersOf([file]);
        var key = (folders.UseDefaults ? "+" : "-") + string.Join('\n', folders.Directories.Concat(folders.Sources.Select(s => s.Origin).Distinct()).Order(StringComparer.Ordinal));
        if (!_sets.TryGetValue(key, out var rules))
        {
            _sets[key] = rules = Load(folders);
        }

        return rules;
    }

    /// <summary>Logs the errors not logged since the last reload; true when there are any.</summary>
    private bool Report(IEnumerable<ConfigError> errors)
    {
        var any = false;
        foreach (var error in errors)
        {
            if (_reported.Add(error))
            {
                logger.LogError("{Error}; the document is linted with the default settings until the file is fixed.", error);
            }

            any = true;
        }

        return any;
    }

    private LoadedRules Load(RuleOptions folders)
    {
        var problems = new List<string>();
        var loaded = Configurations.Load(folders, problems);
        foreach (var problem in problems)
        {
            logger.LogError("{Problem}", problem);
        }

        foreach (var error in loaded.Rules.Errors)
        {
            logger.LogError("{Path}:{Line}:{Column}: {Message}", error.Path, error.Line, error.Column, error.Message);
        }

        logger.LogInformation("{Rules} loaded.", "rule".ToQuantity(loaded.Rules.Rules.Count));
        return loaded;
    }
}
