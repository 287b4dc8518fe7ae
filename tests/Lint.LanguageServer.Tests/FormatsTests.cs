using Lint.LanguageServer.Tests.Harness;

namespace Lint.LanguageServer.Tests;

/// <summary>Markdown and HTML stories are parsed as <c>lint check</c> parses them, and findings land on the buffer's text.</summary>
public sealed class FormatsTests
{
    private const string Markdown = "# Title\n\nA `teh` story with [a link](https://example.com/teh) and teh end.\n";

    [Fact]
    public async Task Markdown_code_and_link_targets_are_not_prose_and_positions_are_exact()
    {
        await using var client = await LspTestClient.StartInitializedAsync(TestRules.Standard(), Capabilities.Push);

        await client.OpenAsync("file:///tmp/story.md", Markdown, languageId: "markdown");
        await client.OpenAsync("file:///tmp/story.txt", Markdown);
        var markdown = await client.DiagnosticsAsync("file:///tmp/story.md", 1);
        var plain = await client.DiagnosticsAsync("file:///tmp/story.txt", 1);

        Assert.Equal(["Test.Typo@2:57-2:60"], Json.Summary(markdown));
        Assert.Equal(["Test.Typo@2:3-2:6", "Test.Typo@2:48-2:51", "Test.Typo@2:57-2:60"], Json.Summary(plain));
    }

    [Fact]
    public async Task An_html_finding_after_an_entity_is_placed_in_the_source_and_so_is_its_fix()
    {
        await using var client = await LspTestClient.StartInitializedAsync(TestRules.Standard(), Capabilities.Push);

        await client.OpenAsync("file:///tmp/story.html", "<html><body>\n<p>Caf&eacute; &amp; teh bar</p>\n</body></html>\n", languageId: "html");
        var typo = Assert.Single((await client.DiagnosticsAsync("file:///tmp/story.html", 1)).EnumerateArray());

        Assert.Equal("1:21-1:24", Json.Range(typo.GetProperty("range")));
        var edit = Assert.Single(typo.GetProperty("data").GetProperty("edits").EnumerateArray());
        Assert.Equal("1:21-1:24", Json.Range(edit.GetProperty("range")));
        Assert.Equal("the", Json.Str(edit, "newText"));
    }
}
