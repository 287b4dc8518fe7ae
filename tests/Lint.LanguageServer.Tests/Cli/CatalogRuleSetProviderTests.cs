using Lint.Cli.Running;
using Lint.LanguageServer.Tests.Harness;
using Microsoft.Extensions.Logging;

namespace Lint.LanguageServer.Tests.Cli;

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
}
