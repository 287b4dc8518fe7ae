using Lint.LanguageServer.Tests.Harness;

namespace Lint.LanguageServer.Tests;

public sealed class WatchedFilesTests
{
    private const string Uri = "file:///tmp/watched.txt";

    [Fact]
    public async Task A_client_that_can_watch_files_is_asked_to_watch_rule_and_config_files()
    {
        await using var client = await LspTestClient.StartInitializedAsync(TestRules.Standard(), Capabilities.Pull);

        var registration = await Eventually.WaitAsync(() => client.Target.Registrations.FirstOrDefault() is { ValueKind: not System.Text.Json.JsonValueKind.Undefined } r ? new[] { r } : null, "client/registerCapability");

        var only = Assert.Single(registration[0].GetProperty("registrations").EnumerateArray());
        Assert.Equal("workspace/didChangeWatchedFiles", Json.Str(only, "method"));
        Assert.Equal(
            ["**/*.yml", "**/*.yaml", "**/.lint.yaml"],
            only.GetProperty("registerOptions").GetProperty("watchers").EnumerateArray().Select(w => Json.Str(w, "globPattern")));
    }

    [Fact]
    public async Task A_client_that_cannot_is_not_asked()
    {
        await using var client = await LspTestClient.StartInitializedAsync(TestRules.Standard(), Capabilities.Push);
        await client.OpenAsync(Uri, "teh");

        await client.DiagnosticsAsync(Uri, 1);

        Assert.Empty(client.Target.Registrations);
    }

    [Fact]
    public async Task A_changed_rule_file_reloads_the_rules_and_the_open_stories_are_linted_again()
    {
        var rules = TestRules.Standard();
        rules.ReplaceOnReload(TestRules.Load(("Test.Hedge", TestRules.Hedge)));
        await using var client = await LspTestClient.StartInitializedAsync(rules, Capabilities.Push);
        await client.OpenAsync(Uri, "A very teh story.");
        Assert.Equal(["Test.Hedge@0:2-0:6", "Test.Typo@0:7-0:10"], Json.Summary(await client.DiagnosticsAsync(Uri, 1)));

        await client.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = "file:///tmp/rules/Test/Typo.yml", type = 3 } } });
        var after = await client.PublishedAsync(Uri, p => p.GetProperty("diagnostics").GetArrayLength() == 1);

        Assert.Equal(1, rules.Reloads);
        Assert.Equal(["Test.Hedge@0:2-0:6"], Json.Summary(after.GetProperty("diagnostics")));
        Assert.Equal(1, Json.Int(after, "version"));
    }

    [Fact]
    public async Task A_changed_story_relints_without_reloading_and_saving_a_rule_file_reloads()
    {
        var rules = TestRules.Standard();
        await using var client = await LspTestClient.StartInitializedAsync(rules, Capabilities.Push);
        await client.OpenAsync(Uri, "teh");
        await client.DiagnosticsAsync(Uri, 1);

        await client.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = "file:///tmp/other.txt", type = 2 } } });
        await client.NotifyAsync("textDocument/didSave", new { textDocument = new { uri = Uri } });
        await client.RoundTripAsync(Uri);
        var reloadsAfterStories = rules.Reloads;
        await client.NotifyAsync("textDocument/didSave", new { textDocument = new { uri = "file:///tmp/rules/Test/Typo.yaml" } });
        await client.RoundTripAsync(Uri);

        Assert.Equal(0, reloadsAfterStories);
        Assert.Equal(1, rules.Reloads);
    }
}
