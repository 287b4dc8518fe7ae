using Lint.LanguageServer.Tests.Harness;
using Lint.Workspace.Loading;

namespace Lint.LanguageServer.Tests;

/// <summary>
/// The documents and rule files that once killed or starved the server (issue 16): each ends in findings or
/// one finding saying why not, the healthy document beside it is linted, and the server goes on.
/// </summary>
public sealed class HostileDocumentTests : IDisposable
{
    private readonly TempWorkspace _workspace = new();
    private readonly ListLogger _logs = new();

    public void Dispose()
    {
        _workspace.Dispose();
        _logs.Dispose();
    }

    [Fact]
    public async Task A_hundred_thousand_emphasis_markers_neither_kill_the_server_nor_starve_the_healthy_document()
    {
        await using var client = await LspTestClient.StartInitializedAsync(TestRules.Standard(), Capabilities.Push);
        var stars = new string('*', 100_000);

        await client.OpenAsync("file:///tmp/stars.md", stars + "teh" + stars + "\n", languageId: "markdown");
        await client.OpenAsync("file:///tmp/ok.txt", "Fix teh typo.");
        var ok = await client.DiagnosticsAsync("file:///tmp/ok.txt", 1);
        await client.DiagnosticsAsync("file:///tmp/stars.md", 1);

        Assert.Equal(["Test.Typo@0:4-0:7"], Json.Summary(ok));
    }

    [Fact]
    public async Task Thirty_thousand_nested_divs_get_one_limit_finding_and_the_healthy_document_is_linted()
    {
        await using var client = await LspTestClient.StartInitializedAsync(TestRules.Standard(), Capabilities.Push);

        await client.OpenAsync("file:///tmp/divs.html", string.Concat(Enumerable.Repeat("<div>", 30_000)) + "teh", languageId: "html");
        await client.OpenAsync("file:///tmp/ok.txt", "Fix teh typo.");
        var ok = await client.DiagnosticsAsync("file:///tmp/ok.txt", 1);
        var divs = await client.DiagnosticsAsync("file:///tmp/divs.html", 1);

        Assert.Equal(["Test.Typo@0:4-0:7"], Json.Summary(ok));
        Assert.Equal("Lint.DocumentLimit", Json.Str(Assert.Single(divs.EnumerateArray()), "code"));
    }

    [Fact]
    public async Task A_rule_file_reloaded_nested_a_hundred_thousand_deep_does_not_kill_the_server()
    {
        _workspace.Write(".lint.yaml", "default-rules: false\nrules: [styles]\n");
        _workspace.Write("styles/House/Typo.yml", TestRules.Typo);
        await using var client = await LspTestClient.StartInitializedAsync(new CatalogRuleSetProvider(new RuleOptions([], UseDefaults: true), _logs), Capabilities.Push);
        var uri = _workspace.Uri("story.txt");
        await client.OpenAsync(uri, "A teh story.");
        Assert.Equal(["House.Typo"], Codes(await client.DiagnosticsAsync(uri, 1)));

        _workspace.Write("styles/House/Typo.yml", "tokens: " + new string('[', 100_000) + "\n");
        await client.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = _workspace.Uri("styles/House/Typo.yml"), type = 2 } } });
        await client.PublishedAsync(uri, p => !Codes(p.GetProperty("diagnostics")).Contains("House.Typo"));
        _workspace.Write("styles/House/Typo.yml", TestRules.Typo);
        await client.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = _workspace.Uri("styles/House/Typo.yml"), type = 2 } } });
        var after = await client.PublishedAsync(uri, p => Codes(p.GetProperty("diagnostics")).Contains("House.Typo"));

        Assert.Equal(["House.Typo"], Codes(after.GetProperty("diagnostics")));
    }

    private static string[] Codes(System.Text.Json.JsonElement diagnostics) =>
        [.. diagnostics.EnumerateArray().Select(d => Json.Str(d, "code")!)];
}
