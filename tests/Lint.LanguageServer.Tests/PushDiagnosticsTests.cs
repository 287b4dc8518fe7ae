using Lint.LanguageServer.Tests.Harness;

namespace Lint.LanguageServer.Tests;

public sealed class PushDiagnosticsTests
{
    private const string Uri = "file:///tmp/story.txt";

    [Fact]
    public async Task Opening_a_story_publishes_its_findings_with_rule_id_link_source_and_mapped_severity()
    {
        await using var client = await LspTestClient.StartInitializedAsync(TestRules.Standard(), Capabilities.Push);

        await client.OpenAsync(Uri, "A very good teh story story.");
        var diagnostics = await client.DiagnosticsAsync(Uri, 1);

        Assert.Equal(["Test.Hedge@0:2-0:6", "Test.Typo@0:12-0:15", "Test.Doubled@0:16-0:27"], Json.Summary(diagnostics));
        var byCode = diagnostics.EnumerateArray().ToDictionary(d => Json.Str(d, "code")!);
        Assert.Equal(1, Json.Int(byCode["Test.Typo"], "severity"));
        Assert.Equal(2, Json.Int(byCode["Test.Doubled"], "severity"));
        Assert.Equal(3, Json.Int(byCode["Test.Hedge"], "severity"));
        Assert.All(diagnostics.EnumerateArray(), d => Assert.Equal("lint", Json.Str(d, "source")));
        Assert.Equal("https://example.com/rules/typo", byCode["Test.Typo"].GetProperty("codeDescription").GetProperty("href").GetString());
        Assert.False(byCode["Test.Hedge"].TryGetProperty("codeDescription", out _));
        Assert.Equal("Use 'the', not 'teh'.", Json.Str(byCode["Test.Typo"], "message"));
    }

    [Fact]
    public async Task The_fix_travels_in_the_diagnostic_data_with_the_version_it_was_made_for()
    {
        await using var client = await LspTestClient.StartInitializedAsync(TestRules.Standard(), Capabilities.Push);

        await client.OpenAsync(Uri, "The teh end.", version: 7);
        var typo = (await client.DiagnosticsAsync(Uri, 7)).EnumerateArray().Single();

        var data = typo.GetProperty("data");
        Assert.Equal("Test.Typo", Json.Str(data, "ruleId"));
        Assert.Equal(7, Json.Int(data, "version"));
        var edit = Assert.Single(data.GetProperty("edits").EnumerateArray());
        Assert.Equal("0:4-0:7", Json.Range(edit.GetProperty("range")));
        Assert.Equal("the", Json.Str(edit, "newText"));
        Assert.False(string.IsNullOrEmpty(Json.Str(data, "fixTitle")));
    }

    [Fact]
    public async Task A_clean_story_gets_an_empty_list_and_closing_clears_the_findings()
    {
        await using var client = await LspTestClient.StartInitializedAsync(TestRules.Standard(), Capabilities.Push);
        const string clean = "file:///tmp/clean.txt";

        await client.OpenAsync(clean, "Nothing to see here.");
        await client.OpenAsync(Uri, "teh");
        Assert.Equal(0, (await client.DiagnosticsAsync(clean, 1)).GetArrayLength());
        Assert.Equal(1, (await client.DiagnosticsAsync(Uri, 1)).GetArrayLength());

        await client.CloseAsync(Uri);
        var cleared = await client.PublishedAsync(Uri, p => p.GetProperty("diagnostics").GetArrayLength() == 0);

        Assert.False(cleared.TryGetProperty("version", out _));
    }
}
