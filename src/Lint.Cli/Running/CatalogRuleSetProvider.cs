using System.Collections.Concurrent;
using Lint.Diagnostics;
using Lint.LanguageServer;
using Lint.Rules.Loading;
using Lint.Workspace.Configuration;
using Lint.Workspace.Input;
using Lint.Workspace.Loading;
using Microsoft.Extensions.Logging;

namespace Lint.Cli.Running;

/// <summary>
/// The language server's rules and settings, chosen as <c>lint check</c> chooses them: each document's
/// nearest <c>.lint.yaml</c> (with what it extends) picks its rule folders, whether the default pack is
/// used, the rules on or off, their severities, the minimum level and the ignored paths, on top of the
/// <c>--rules</c> folders given to <c>lint lsp</c>. Documents whose configurations resolve to the same
/// folders share one <see cref="RuleSet"/>. A configuration with errors is logged to stderr (each error
/// once) and its documents get the default settings. Everything is read on first use and again after
/// <see cref="Reload"/>.
/// </summary>
public sealed class CatalogRuleSetProvider(RuleOptions options, ILogger logger) : IRuleSetProvider
{
    private readonly RuleOptions _options = options with { Directories = [.. options.Directories.Select(Path.GetFullPath)] };
    private readonly Lock _gate = new();
    private readonly Dictionary<string, RuleSet> _sets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (RuleSet Rules, DocumentSettings Settings)> _documents = new(StringComparer.Ordinal);
    private readonly HashSet<ConfigError> _reported = [];
    private ConfigLocator _locator = new();

    public RuleSet GetRules(string? documentPath) => Resolve(documentPath).Rules;

    public DocumentSettings GetSettings(string? documentPath) => Resolve(documentPath).Settings;

    public void Reload()
    {
        lock (_gate)
        {
            _sets.Clear();
            _documents.Clear();
            _reported.Clear();
            _locator = new ConfigLocator();
        }
    }

    private (RuleSet Rules, DocumentSettings Settings) Resolve(string? documentPath)
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
    private (RuleSet Rules, DocumentSettings Settings) Configure(string path)
    {
        var fallback = new FileSettings(path, []);
        var file = _locator.For(path.Length > 0 ? Path.GetDirectoryName(path)! : Directory.GetCurrentDirectory(), path);
        var chain = file.Config?.Chain.ToList() ?? [];
        var files = chain.Select(c => ArticleReader.DisplayPath(c.Path)).ToHashSet(StringComparer.Ordinal);
        if (Report(_locator.Loader.Errors.Where(e => files.Contains(e.Path))))
        {
            return Defaults(fallback);
        }

        var rules = RulesFor(file);
        if (Report(ConfigTargets.Unknown(chain, rules)))
        {
            return Defaults(fallback);
        }

        return (rules, Settings(file, rules));
    }

    /// <summary>The rules of the resolved set of folders, loaded once per set.</summary>
    private RuleSet RulesFor(FileSettings file)
    {
        var directories = _options.Directories.Concat(file.RuleFolders).Distinct(StringComparer.Ordinal).ToList();
        var useDefaults = _options.UseDefaults && file.UseDefaultRules;
        var key = (useDefaults ? "+" : "-") + string.Join('\n', directories.Order(StringComparer.Ordinal));
        if (!_sets.TryGetValue(key, out var rules))
        {
            _sets[key] = rules = Load(new RuleOptions(directories, useDefaults));
        }

        return rules;
    }

    private (RuleSet Rules, DocumentSettings Settings) Defaults(FileSettings fallback)
    {
        var rules = RulesFor(fallback);
        return (rules, Settings(fallback, rules));
    }

    /// <summary>
    /// What the configuration decides for the document. Every rule of its set comes from a folder it uses,
    /// so each rule starts enabled unless it is shipped off (<c>enabled: false</c>), as in <c>lint check</c>.
    /// </summary>
    private static DocumentSettings Settings(FileSettings file, RuleSet rules)
    {
        _ = file.Layers; // matched once here, before stories are analysed in parallel
        var shippedOff = rules.Rules.Where(r => !r.Definition.EnabledByDefault).Select(r => r.Definition.Id).ToHashSet(StringComparer.Ordinal);
        var resolved = new ConcurrentDictionary<string, (bool Enabled, Severity? Level)>(StringComparer.Ordinal);
        (bool Enabled, Severity? Level) Lookup(string id) => resolved.GetOrAdd(id, i => file.Resolve(i, enabledByDefault: !shippedOff.Contains(i)));
        return new DocumentSettings(file.IsIgnored, id => Lookup(id).Enabled, id => Lookup(id).Level, file.MinLevel ?? Severity.Suggestion);
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

    private RuleSet Load(RuleOptions options)
    {
        var problems = new List<string>();
        var rules = RuleCatalog.Load(options, problems);
        foreach (var problem in problems)
        {
            logger.LogError("{Problem}", problem);
        }

        foreach (var error in rules.Errors)
        {
            logger.LogError("{Path}:{Line}:{Column}: {Message}", error.Path, error.Line, error.Column, error.Message);
        }

        logger.LogInformation("{Count} rules loaded.", rules.Rules.Count);
        return rules;
    }
}
