using Lint.LanguageServer.Tests.Harness;
using Lint.Workspace.Loading;
using Microsoft.Extensions.Logging;

namespace Lint.LanguageServer.Tests;

/// <summary>The rules <c>lint lsp</c> uses: the CLI's default pack and <c>--rules</c> folders, loaded once and again on reload.</summary>
public sealed class CatalogRuleSetProviderTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "lint-rules-" + Guid.NewGuid().ToString("N"));
    private readonly ListLogger _logs = new();

    public CatalogRuleSetProviderTests() => Directory.CreateDirectory(Path.Combine(_folder, "House"));

    public void Dispose()
    {
        Directory.Delete(_folder, recursive: true);
        _logs.Dispose();
    }

    [Fact]
    public void The_default_pack_loads_and_the_same_rules_serve_every_document_until_a_reload()
    {
        var provider = new CatalogRuleSetProvider(new RuleOptions([], UseDefaults: true), _logs);

        var first = provider.GetRules("/any/story.txt");
        var second = provider.GetRules(null);
        provider.Reload();
        var third = provider.GetRules("/any/story.txt");

        Assert.Contains(first.Rules, r => r.Definition.Id == "Newsroom.ContextTypos");
        Assert.Same(first, second);
        Assert.NotSame(first, third);
    }

    [Fact]
    public void A_rules_folder_is_read_again_on_reload_and_bad_rule_files_are_logged()
    {
        File.WriteAllText(Path.Combine(_folder, "House", "Typo.yml"), TestRules.Typo);
        var provider = new CatalogRuleSetProvider(new RuleOptions([_folder], UseDefaults: false), _logs);
        var before = provider.GetRules(null);

        File.WriteAllText(Path.Combine(_folder, "House", "Hedge.yml"), TestRules.Hedge);
        File.WriteAllText(Path.Combine(_folder, "House", "Broken.yml"), "extends: nonsense\nmessage: m\n");
        provider.Reload();
        var after = provider.GetRules(null);

        Assert.Equal(["House.Typo"], before.Rules.Select(r => r.Definition.Id));
        Assert.Equal(["House.Hedge", "House.Typo"], after.Rules.Select(r => r.Definition.Id));
        Assert.True(_logs.Contains(LogLevel.Error, "Unknown rule kind 'nonsense'"));
    }

    [Fact]
    public void Documents_whose_configs_resolve_to_the_same_folders_share_one_rule_set()
    {
        File.WriteAllText(Path.Combine(_folder, "House", "Typo.yml"), TestRules.Typo);
        Write(".lint.yaml", "default-rules: false\nrules: [House]\n");
        Write("sports/.lint.yaml", "extends: ../.lint.yaml\ndisable: [House.Typo]\n");
        Write("desk/.lint.yaml", "extends: ../.lint.yaml\nrules: [extra]\n");
        Write("desk/extra/Desk/Hedge.yml", TestRules.Hedge);
        var provider = new CatalogRuleSetProvider(new RuleOptions([], UseDefaults: true), _logs);

        var top = provider.GetRules(Path.Combine(_folder, "a.txt"));
        var nested = provider.GetRules(Path.Combine(_folder, "news", "b.md"));
        var sports = provider.GetRules(Path.Combine(_folder, "sports", "c.txt"));
        var desk = provider.GetRules(Path.Combine(_folder, "desk", "d.txt"));

        Assert.Same(top, nested);
        Assert.Same(top, sports);
        Assert.NotSame(top, desk);
        Assert.Equal(["House.Typo"], top.Rules.Select(r => r.Definition.Id));
        Assert.Equal(["Desk.Hedge", "House.Typo"], desk.Rules.Select(r => r.Definition.Id).Order(StringComparer.Ordinal));
        Assert.True(provider.GetSettings(Path.Combine(_folder, "a.txt")).IsEnabled("House.Typo"));
        Assert.False(provider.GetSettings(Path.Combine(_folder, "sports", "c.txt")).IsEnabled("House.Typo"));
    }

    [Theory]
    [InlineData("disable: [House.Typo\n", "not valid YAML")]
    [InlineData("disable: [House.Typo]\nmin-levle: warning\n", "Unknown key 'min-levle'")]
    [InlineData("disable: [House.Typpo]\n", "'House.Typpo' is not a loaded rule or style")]
    public void A_config_file_with_errors_is_logged_where_it_is_wrong_and_its_documents_get_the_defaults(string config, string error)
    {
        File.WriteAllText(Path.Combine(_folder, "House", "Typo.yml"), TestRules.Typo);
        Write(".lint.yaml", config);
        var provider = new CatalogRuleSetProvider(new RuleOptions([_folder], UseDefaults: false), _logs);

        var settings = provider.GetSettings(Path.Combine(_folder, "story.txt"));
        var rules = provider.GetRules(Path.Combine(_folder, "story.txt"));

        Assert.True(settings.IsEnabled("House.Typo"));
        Assert.Equal(["House.Typo"], rules.Rules.Select(r => r.Definition.Id));
        Assert.True(_logs.Contains(LogLevel.Error, ".lint.yaml:"));
        Assert.True(_logs.Contains(LogLevel.Error, error));
    }

    [Fact]
    public void A_rule_shipped_off_is_enabled_only_where_a_config_enables_it_or_its_style()
    {
        File.WriteAllText(Path.Combine(_folder, "House", "Typo.yml"), TestRules.Typo + "enabled: false\n");
        Write(".lint.yaml", "default-rules: false\nrules: [House]\n");
        Write("strict/.lint.yaml", "extends: ../.lint.yaml\nenable: [House]\n");
        var provider = new CatalogRuleSetProvider(new RuleOptions([], UseDefaults: false), _logs);

        Assert.False(provider.GetSettings(Path.Combine(_folder, "a.txt")).IsEnabled("House.Typo"));
        Assert.True(provider.GetSettings(Path.Combine(_folder, "strict", "b.txt")).IsEnabled("House.Typo"));
    }

    private void Write(string relativePath, string text)
    {
        var full = Path.Combine(_folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }
}
