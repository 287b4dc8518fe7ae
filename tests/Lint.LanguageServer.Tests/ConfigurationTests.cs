using Lint.LanguageServer.Tests.Harness;
using Lint.Workspace.Loading;

namespace Lint.LanguageServer.Tests;

/// <summary>
/// The <c>.lint.yaml</c> nearest to each document decides as in <c>lint check</c>: its rule folders, rules
/// off, severities, minimum level and ignored paths; a changed config file applies after a reload.
/// </summary>
public sealed class ConfigurationTests : IDisposable
{
    private const string Story = "A very teh story story.";
    private readonly TempWorkspace _workspace = new();
    private readonly ListLogger _logs = new();

    public ConfigurationTests()
    {
        _workspace.Write("styles/House/Typo.yml", TestRules.Typo);
        _workspace.Write("styles/House/Doubled.yml", TestRules.Doubled);
        _workspace.Write("styles/House/Hedge.yml", TestRules.Hedge);
    }

    public void Dispose()
    {
        _workspace.Dispose();
        _logs.Dispose();
    }

    [Fact]
    public async Task A_config_file_turns_a_rule_off_and_changes_the_severity_of_another()
    {
        _workspace.Write(".lint.yaml", "default-rules: false\nrules: [styles]\ndisable: [House.Hedge]\nseverity:\n  House.Typo: warning\n");
        await using var client = await StartAsync();

        await client.OpenAsync(_workspace.Uri("story.txt"), Story);
        var diagnostics = await client.DiagnosticsAsync(_workspace.Uri("story.txt"), 1);

        Assert.Equal(["House.Typo", "House.Doubled"], Codes(diagnostics));
        Assert.Equal([2, 2], Severities(diagnostics));
    }

    [Fact]
    public async Task A_config_file_in_a_subfolder_adds_a_rules_folder_for_the_stories_under_it()
    {
        _workspace.Write(".lint.yaml", "default-rules: false\nrules: [styles]\ndisable: [House.Hedge, House.Doubled]\n");
        _workspace.Write("desk/.lint.yaml", "extends: ../.lint.yaml\nrules: [extra]\n");
        _workspace.Write("desk/extra/Desk/Hedge.yml", TestRules.Hedge);
        await using var client = await StartAsync();

        await client.OpenAsync(_workspace.Uri("story.txt"), Story);
        await client.OpenAsync(_workspace.Uri("desk/story.txt"), Story);

        Assert.Equal(["House.Typo"], Codes(await client.DiagnosticsAsync(_workspace.Uri("story.txt"), 1)));
        Assert.Equal(["Desk.Hedge", "House.Typo"], Codes(await client.DiagnosticsAsync(_workspace.Uri("desk/story.txt"), 1)));
    }

    [Fact]
    public async Task Findings_below_the_minimum_level_and_ignored_stories_are_not_published()
    {
        _workspace.Write(".lint.yaml", "default-rules: false\nrules: [styles]\nmin-level: warning\nignore: [\"drafts/**\"]\n");
        await using var client = await StartAsync();

        await client.OpenAsync(_workspace.Uri("story.txt"), Story);
        await client.OpenAsync(_workspace.Uri("drafts/story.txt"), Story);

        Assert.Equal(["House.Typo", "House.Doubled"], Codes(await client.DiagnosticsAsync(_workspace.Uri("story.txt"), 1)));
        Assert.Equal(0, (await client.DiagnosticsAsync(_workspace.Uri("drafts/story.txt"), 1)).GetArrayLength());
    }

    [Fact]
    public async Task An_edited_config_file_applies_once_the_client_says_it_changed()
    {
        _workspace.Write(".lint.yaml", "default-rules: false\nrules: [styles]\n");
        await using var client = await StartAsync();
        var uri = _workspace.Uri("story.txt");
        await client.OpenAsync(uri, Story);
        Assert.Equal(["House.Hedge", "House.Typo", "House.Doubled"], Codes(await client.DiagnosticsAsync(uri, 1)));

        _workspace.Write(".lint.yaml", "default-rules: false\nrules: [styles]\ndisable: [House.Typo]\nseverity:\n  House.Hedge: error\n");
        await client.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = _workspace.Uri(".lint.yaml"), type = 2 } } });
        var after = await client.PublishedAsync(uri, p => p.GetProperty("diagnostics").GetArrayLength() == 2);

        Assert.Equal(["House.Hedge", "House.Doubled"], Codes(after.GetProperty("diagnostics")));
        Assert.Equal([1, 2], Severities(after.GetProperty("diagnostics")));
    }

    /// <summary>The folder of the CLI's FrontEndsAgreeTests: the server publishes what <c>lint check</c> reports there.</summary>
    [Fact]
    public async Task The_default_pack_house_rules_ignore_and_overrides_apply_as_in_lint_check()
    {
        const string story = "Chinese materials are filing critical gaps, officials said. The mayor spoke to teh council.\n";
        _workspace.Write(".lint.yaml", "rules: [house-rules]\ndisable: [Newsroom.AnonymousSource]\nignore: [\"archive/**\"]\noverrides:\n  - files: \"opinion/**\"\n    disable: [House]\n");
        _workspace.Write("house-rules/House/Typo.yml", TestRules.Typo);
        await using var client = await StartAsync();

        await client.OpenAsync(_workspace.Uri("story.txt"), story);
        await client.OpenAsync(_workspace.Uri("opinion/column.txt"), story);
        await client.OpenAsync(_workspace.Uri("archive/old.txt"), story);

        Assert.Equal(["Newsroom.ContextTypos", "House.Typo"], Codes(await client.DiagnosticsAsync(_workspace.Uri("story.txt"), 1)));
        Assert.Equal(["Newsroom.ContextTypos"], Codes(await client.DiagnosticsAsync(_workspace.Uri("opinion/column.txt"), 1)));
        Assert.Equal(0, (await client.DiagnosticsAsync(_workspace.Uri("archive/old.txt"), 1)).GetArrayLength());
    }

    private Task<LspTestClient> StartAsync() =>
        LspTestClient.StartInitializedAsync(new CatalogRuleSetProvider(new RuleOptions([], UseDefaults: true), _logs), Capabilities.Push);

    private static string[] Codes(System.Text.Json.JsonElement diagnostics) =>
        [.. diagnostics.EnumerateArray().Select(d => Json.Str(d, "code")!)];

    private static int[] Severities(System.Text.Json.JsonElement diagnostics) =>
        [.. diagnostics.EnumerateArray().Select(d => Json.Int(d, "severity")!.Value)];
}
