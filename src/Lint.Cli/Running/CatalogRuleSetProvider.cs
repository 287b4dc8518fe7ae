using Lint.LanguageServer;
using Lint.Rules.Loading;
using Microsoft.Extensions.Logging;

namespace Lint.Cli.Running;

/// <summary>
/// The language server's rules, chosen as <c>lint check</c> chooses them: the default pack and the
/// <c>--rules</c> folders given to <c>lint lsp</c> (made absolute when the server starts). Every document
/// gets the same rules for now; this is where per-folder configuration will pick them by path. Loaded
/// on first use and again after <see cref="Reload"/>; rule files that do not load are logged to stderr.
/// </summary>
public sealed class CatalogRuleSetProvider(RuleOptions options, ILogger logger) : IRuleSetProvider
{
    private readonly RuleOptions _options = options with { Directories = [.. options.Directories.Select(Path.GetFullPath)] };
    private readonly Lock _gate = new();
    private RuleSet? _rules;

    public RuleSet GetRules(string? documentPath)
    {
        lock (_gate)
        {
            return _rules ??= Load();
        }
    }

    public void Reload()
    {
        lock (_gate)
        {
            _rules = null;
        }
    }

    private RuleSet Load()
    {
        var problems = new List<string>();
        var rules = RuleCatalog.Load(_options, problems);
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
