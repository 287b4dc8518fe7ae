using Lint.LanguageServer.Tests.Harness;

namespace Lint.LanguageServer.Tests;

/// <summary>Lint comments in Markdown and HTML hide findings as in <c>lint check</c>; one naming no rule is itself a finding.</summary>
public sealed class SuppressionTests
{
    [Fact]
    public async Task A_disable_comment_hides_that_rule_after_it_and_only_that_rule()
    {
        await using var client = await LspTestClient.StartInitializedAsync(TestRules.Standard(), Capabilities.Push);
        const string uri = "file:///tmp/suppressed.md";

        await client.OpenAsync(uri, "A teh start.\n\n<!-- lint disable Test.Typo -->\n\nA very teh story.\n", languageId: "markdown");

        Assert.Equal(["Test.Typo@0:2-0:5", "Test.Hedge@4:2-4:6"], Json.Summary(await client.DiagnosticsAsync(uri, 1)));
    }

    [Fact]
    public async Task A_disable_comment_works_in_html_and_an_unknown_rule_in_one_is_published()
    {
        await using var client = await LspTestClient.StartInitializedAsync(TestRules.Standard(), Capabilities.Push);
        const string uri = "file:///tmp/suppressed.html";

        await client.OpenAsync(uri, "<!-- lint disable Test.Typo Test.Nope -->\n<p>A teh story.</p>\n", languageId: "html");
        var unknown = Assert.Single((await client.DiagnosticsAsync(uri, 1)).EnumerateArray());

        Assert.Equal("Lint.UnknownRule", Json.Str(unknown, "code"));
        Assert.Equal("0:0-0:41", Json.Range(unknown.GetProperty("range")));
        Assert.Contains("Test.Nope", Json.Str(unknown, "message"), StringComparison.Ordinal);
    }
}
