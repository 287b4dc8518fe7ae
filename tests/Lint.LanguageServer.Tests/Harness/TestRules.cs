using Lint.Analysis;
using Lint.Diagnostics;
using Lint.Rules.Loading;
using Lint.Workspace.Findings;

namespace Lint.LanguageServer.Tests.Harness;

/// <summary>
/// A rule provider for protocol tests: rules from YAML text (real rule kinds) plus hand-made analyzers,
/// counting reloads and able to swap in other rules when reloaded.
/// </summary>
internal sealed class TestRules(RuleSet rules) : IRuleSetProvider
{
    /// <summary>Error: "teh" becomes "the" (a fix), with a help link.</summary>
    public const string Typo = "extends: substitution\nmessage: \"Use '%s', not '%s'.\"\nlevel: error\nlink: https://example.com/rules/typo\nswap:\n  teh: the\n";

    /// <summary>Warning: a word twice in a row; the fix deletes the second.</summary>
    public const string Doubled = "extends: repetition\nmessage: \"'%s' is repeated.\"\nlevel: warning\nignorecase: true\nalpha: true\n";

    /// <summary>Suggestion: "very", no fix, no link.</summary>
    public const string Hedge = "extends: existence\nmessage: \"Cut '%s'.\"\nlevel: suggestion\ntokens:\n  - very\n";

    /// <summary>Across stories, iRay or IRay: the form used more often wins.</summary>
    public const string Brand = "extends: consistency\nmessage: \"'%s' is written '%s' %s.\"\nlevel: warning\ncorpus: true\neither:\n  iRay: IRay\n";

    private RuleSet _rules = rules;
    private RuleSet? _afterReload;
    private int _reloads;

    public int Reloads => Volatile.Read(ref _reloads);

    public List<string?> Paths { get; } = [];

    /// <summary>The settings every document gets.</summary>
    public ArticleSettings Settings { get; set; } = ArticleSettings.Default;

    public static TestRules Standard() => new(Load(("Test.Typo", Typo), ("Test.Doubled", Doubled), ("Test.Hedge", Hedge)));

    public static RuleSet Load(params (string Id, string Yaml)[] rules)
    {
        var set = RuleLoader.Load(rules.Select(r => new RuleSource(r.Id.Replace('.', '/') + ".yml", r.Id, r.Yaml)));
        Assert.Empty(set.Errors);
        return set;
    }

    public static RuleSet With(RuleSet set, params Analyzer[] analyzers) =>
        new([.. set.Rules, .. analyzers.Select(a => new LoadedRule(Definition(a.Descriptor), a))], set.Errors);

    public void ReplaceOnReload(RuleSet next) => _afterReload = next;

    public RuleSet GetRules(string? documentPath)
    {
        lock (Paths)
        {
            Paths.Add(documentPath);
        }

        return _rules;
    }

    public ArticleSettings GetSettings(string? documentPath) => Settings;

    public void Reload()
    {
        Interlocked.Increment(ref _reloads);
        if (_afterReload is { } next)
        {
            _rules = next;
        }
    }

    private static RuleDefinition Definition(DiagnosticDescriptor descriptor) =>
        new(descriptor.Id, "test", descriptor.Title, descriptor.DefaultSeverity, descriptor.Description, null, RuleScope.All, "test", []);
}
