using Lint.LanguageServer.Tests.Harness;

namespace Lint.LanguageServer.Tests;

public sealed class PullDiagnosticsTests
{
    private const string Uri = "file:///tmp/pulled.txt";

    [Fact]
    public async Task A_pull_client_gets_a_full_report_then_unchanged_then_the_findings_of_the_new_version()
    {
        await using var client = await LspTestClient.StartInitializedAsync(TestRules.Standard(), Capabilities.Pull);
        await client.OpenAsync(Uri, "teh end");

        var first = await client.RequestAsync("textDocument/diagnostic", new { textDocument = new { uri = Uri } });
        var resultId = Json.Str(first, "resultId");
        var again = await client.RequestAsync("textDocument/diagnostic", new { textDocument = new { uri = Uri }, previousResultId = resultId });
        await client.ChangeAsync(Uri, 2, LspTestClient.Change(0, 7, 0, 7, " very"));
        var changed = await client.RequestAsync("textDocument/diagnostic", new { textDocument = new { uri = Uri }, previousResultId = resultId });

        Assert.Equal("full", Json.Str(first, "kind"));
        Assert.Equal(["Test.Typo@0:0-0:3"], Json.Summary(first.GetProperty("items")));
        Assert.Equal("unchanged", Json.Str(again, "kind"));
        Assert.Equal(resultId, Json.Str(again, "resultId"));
        Assert.False(again.TryGetProperty("items", out _));
        Assert.Equal("full", Json.Str(changed, "kind"));
        Assert.NotEqual(resultId, Json.Str(changed, "resultId"));
        Assert.Equal(["Test.Typo@0:0-0:3", "Test.Hedge@0:8-0:12"], Json.Summary(changed.GetProperty("items")));
    }

    [Fact]
    public async Task A_pull_client_is_never_pushed_diagnostics()
    {
        await using var client = await LspTestClient.StartInitializedAsync(TestRules.Standard(), Capabilities.Pull);
        await client.OpenAsync(Uri, "teh end");

        await client.RequestAsync("textDocument/diagnostic", new { textDocument = new { uri = Uri } });
        await client.CloseAsync(Uri);
        await client.RoundTripAsync("file:///tmp/other.txt").ContinueWith(_ => { });
        await Task.Delay(200);

        Assert.Empty(client.Target.Published);
    }

    [Fact]
    public async Task When_a_story_changes_the_corpus_findings_of_another_the_client_is_asked_to_pull_again()
    {
        var rules = new TestRules(TestRules.Load(("Test.Brand", TestRules.Brand)));
        await using var client = await LspTestClient.StartInitializedAsync(rules, Capabilities.Pull);
        const string other = "file:///tmp/other.txt";
        await client.OpenAsync(Uri, "IRay makes optics.");
        await client.OpenAsync(other, "Nothing about it.");
        var before = await client.RequestAsync("textDocument/diagnostic", new { textDocument = new { uri = Uri } });

        await client.ChangeAsync(other, 2, LspTestClient.Change(0, 0, 0, 17, "iRay and iRay again."));
        await Eventually.WaitAsync(() => client.Target.Refreshes > 0, "workspace/diagnostic/refresh");
        var after = await client.RequestAsync("textDocument/diagnostic", new { textDocument = new { uri = Uri }, previousResultId = Json.Str(before, "resultId") });

        Assert.Empty(before.GetProperty("items").EnumerateArray());
        Assert.Equal(["Test.Brand@0:0-0:4"], Json.Summary(after.GetProperty("items")));
    }
}
