using System.Text.Json;
using Lint.LanguageServer.Tests.Harness;
using Lint.LanguageServer.Transport;

namespace Lint.LanguageServer.Tests;

/// <summary>
/// One document never kills or starves the others (issue 16): a document past a parser's limit, too long,
/// too slow or with too many findings gets one finding saying so and the healthy one beside it is linted;
/// bad framing and floods of changes leave the server serving.
/// </summary>
public sealed class AbuseTests
{
    private static string Id(JsonElement diagnostic) => Json.Str(diagnostic, "code")!;

    [Fact]
    public async Task A_document_nested_past_the_markdown_limit_gets_one_finding_and_the_healthy_one_is_linted()
    {
        await using var client = await LspTestClient.StartInitializedAsync(TestRules.Standard(), Capabilities.Push);

        await client.OpenAsync("file:///tmp/deep.md", string.Concat(Enumerable.Repeat("> ", 200)) + "teh\n", languageId: "markdown");
        await client.OpenAsync("file:///tmp/ok.txt", "Fix teh typo.");
        var deep = await client.DiagnosticsAsync("file:///tmp/deep.md", 1);
        var ok = await client.DiagnosticsAsync("file:///tmp/ok.txt", 1);

        var limit = Assert.Single(deep.EnumerateArray());
        Assert.Equal("Lint.DocumentLimit", Id(limit));
        Assert.Contains("this document is not linted", Json.Str(limit, "message"), StringComparison.Ordinal);
        Assert.Equal(["Test.Typo@0:4-0:7"], Json.Summary(ok));
    }

    [Fact]
    public async Task A_document_longer_than_the_limit_is_not_linted_and_says_so()
    {
        var options = LspTestClient.Fast with { MaxDocumentLength = 1_000 };
        await using var client = await LspTestClient.StartInitializedAsync(TestRules.Standard(), Capabilities.Push, options: options);

        await client.OpenAsync("file:///tmp/huge.txt", string.Concat(Enumerable.Repeat("Fix teh typo. ", 500)));
        var diagnostics = await client.DiagnosticsAsync("file:///tmp/huge.txt", 1);

        var limit = Assert.Single(diagnostics.EnumerateArray());
        Assert.Equal("This document has 7,000 characters, more than the 1,000 the language server lints (MaxDocumentLength); it is not linted.", Json.Str(limit, "message"));
    }

    [Fact]
    public async Task A_document_publishes_at_most_the_cap_the_last_saying_how_many_more()
    {
        var options = LspTestClient.Fast with { MaxDiagnostics = 3 };
        await using var client = await LspTestClient.StartInitializedAsync(TestRules.Standard(), Capabilities.Push, options: options);

        await client.OpenAsync("file:///tmp/many.txt", string.Concat(Enumerable.Repeat("Fix teh typo. ", 10)));
        var diagnostics = (await client.DiagnosticsAsync("file:///tmp/many.txt", 1)).EnumerateArray().ToList();

        Assert.Equal(["Test.Typo", "Test.Typo", "Lint.DocumentLimit"], diagnostics.Select(Id));
        Assert.StartsWith("8 more findings are not shown", Json.Str(diagnostics[2], "message"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_document_out_of_its_time_budget_is_stopped_and_the_other_is_published()
    {
        var rules = new TestRules(TestRules.With(
            TestRules.Load(("Test.Typo", TestRules.Typo)),
            new SlowAnalyzer("Test.Slow1", TimeSpan.FromSeconds(4)),
            new SlowAnalyzer("Test.Slow2", TimeSpan.FromSeconds(4))));
        var options = LspTestClient.Fast with { AnalysisBudget = TimeSpan.FromSeconds(1) };
        await using var client = await LspTestClient.StartInitializedAsync(rules, Capabilities.Push, options: options);
        await client.OpenAsync("file:///tmp/ok.txt", "Fix teh typo.");
        await client.DiagnosticsAsync("file:///tmp/ok.txt", 1); // warmed up: the healthy document is linted well inside the budget

        await client.OpenAsync("file:///tmp/slow.txt", "SLOW teh");
        var slow = await client.DiagnosticsAsync("file:///tmp/slow.txt", 1);

        var limit = Assert.Single(slow.EnumerateArray());
        Assert.Contains("(the language server's AnalysisBudget); it was stopped", Json.Str(limit, "message"), StringComparison.Ordinal);
        Assert.Equal(["Test.Typo@0:4-0:7"], Json.Summary(client.PublishedFor("file:///tmp/ok.txt")[^1].GetProperty("diagnostics")));
    }

    [Fact]
    public async Task A_thousand_rapid_changes_end_in_the_findings_of_the_last_version()
    {
        await using var client = await LspTestClient.StartInitializedAsync(TestRules.Standard(), Capabilities.Push);
        const string uri = "file:///tmp/typing.txt";

        await client.OpenAsync(uri, string.Empty);
        for (var version = 2; version <= 1_001; version++)
        {
            await client.ChangeAsync(uri, version, LspTestClient.Change(0, version - 2, 0, version - 2, "x"));
        }

        await client.ChangeAsync(uri, 1_002, LspTestClient.Change(0, 1_000, 0, 1_000, " teh"));
        var diagnostics = await client.DiagnosticsAsync(uri, 1_002);

        Assert.Equal(["Test.Typo@0:1001-0:1004"], Json.Summary(diagnostics));
    }

    [Fact]
    public async Task A_range_past_the_end_of_the_document_gets_an_answer_and_the_server_goes_on()
    {
        await using var client = await LspTestClient.StartInitializedAsync(TestRules.Standard(), Capabilities.Push);
        const string uri = "file:///tmp/range.txt";
        await client.OpenAsync(uri, "Fix teh typo.");
        await client.DiagnosticsAsync(uri, 1);

        var actions = await client.RequestAsync("textDocument/codeAction", new
        {
            textDocument = new { uri },
            range = new { start = new { line = 500, character = 9_999 }, end = new { line = 900, character = 0 } },
            context = new { diagnostics = Array.Empty<object>() },
        });
        await client.ChangeAsync(uri, 2, LspTestClient.Change(0, 0, 0, 3, "Mend"));
        var after = await client.DiagnosticsAsync(uri, 2);

        Assert.Equal(JsonValueKind.Array, actions.ValueKind);
        Assert.Equal(["Test.Typo@0:5-0:8"], Json.Summary(after));
    }
}
