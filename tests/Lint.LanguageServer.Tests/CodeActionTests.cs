using System.Text.Json;
using Lint.LanguageServer.Tests.Harness;

namespace Lint.LanguageServer.Tests;

public sealed class CodeActionTests
{
    [Fact]
    public async Task The_fix_of_a_diagnostic_comes_back_as_a_preferred_quick_fix_with_a_workspace_edit()
    {
        const string uri = "file:///tmp/fix.txt";
        const string text = "The officials said teh findings were new.";
        await using var client = await LspTestClient.StartInitializedAsync(TestRules.Standard(), Capabilities.Push);
        await client.OpenAsync(uri, text);
        var typo = (await client.DiagnosticsAsync(uri, 1)).EnumerateArray().Single();

        var actions = await CodeActionsAsync(client, uri, typo);

        var action = Assert.Single(actions.EnumerateArray());
        Assert.Equal("quickfix", Json.Str(action, "kind"));
        Assert.True(action.GetProperty("isPreferred").GetBoolean());
        Assert.Equal(Json.Str(typo.GetProperty("data"), "fixTitle"), Json.Str(action, "title"));
        Assert.Equal("Test.Typo", Json.Str(action.GetProperty("diagnostics")[0], "code"));
        Assert.False(action.GetProperty("edit").TryGetProperty("documentChanges", out _));
        var edits = WorkspaceEdits.EditsFor(action.GetProperty("edit"), uri);
        Assert.Equal("The officials said the findings were new.", WorkspaceEdits.Apply(text, edits));
    }

    [Fact]
    public async Task A_client_that_takes_versioned_edits_gets_them_for_the_version_the_fix_was_made_for()
    {
        const string uri = "file:///tmp/fix.txt";
        await using var client = await LspTestClient.StartInitializedAsync(TestRules.Standard(), Capabilities.Pull);
        await client.OpenAsync(uri, "teh", version: 4);
        var report = await client.RequestAsync("textDocument/diagnostic", new { textDocument = new { uri } });

        var actions = await CodeActionsAsync(client, uri, report.GetProperty("items")[0]);

        var change = Assert.Single(actions[0].GetProperty("edit").GetProperty("documentChanges").EnumerateArray());
        Assert.Equal(uri, Json.Str(change.GetProperty("textDocument"), "uri"));
        Assert.Equal(4, Json.Int(change.GetProperty("textDocument"), "version"));
    }

    [Fact]
    public async Task Markdown_and_HTML_also_offer_to_disable_the_rule_for_the_file_with_a_comment_at_the_top()
    {
        await using var client = await LspTestClient.StartInitializedAsync(TestRules.Standard(), Capabilities.Push);
        const string markdown = "file:///tmp/story.md";
        const string html = "file:///tmp/page.HTML";
        await client.OpenAsync(markdown, "---\r\ntitle: A story\r\n---\r\nA very good one.\r\n", languageId: "markdown");
        await client.OpenAsync(html, "<p>A very good one.</p>\n", languageId: "html");
        var inMarkdown = (await client.DiagnosticsAsync(markdown, 1)).EnumerateArray().Single(d => Json.Str(d, "code") == "Test.Hedge");
        var inHtml = (await client.DiagnosticsAsync(html, 1)).EnumerateArray().Single(d => Json.Str(d, "code") == "Test.Hedge");

        var markdownAction = Assert.Single((await CodeActionsAsync(client, markdown, inMarkdown)).EnumerateArray());
        var htmlAction = Assert.Single((await CodeActionsAsync(client, html, inHtml)).EnumerateArray());

        Assert.Equal("Disable Test.Hedge for this file", Json.Str(markdownAction, "title"));
        Assert.Equal("quickfix", Json.Str(markdownAction, "kind"));
        Assert.Equal(
            "---\r\ntitle: A story\r\n---\r\n<!-- lint disable Test.Hedge -->\r\nA very good one.\r\n",
            WorkspaceEdits.Apply("---\r\ntitle: A story\r\n---\r\nA very good one.\r\n", WorkspaceEdits.EditsFor(markdownAction.GetProperty("edit"), markdown)));
        Assert.Equal(
            "<!-- lint disable Test.Hedge -->\n<p>A very good one.</p>\n",
            WorkspaceEdits.Apply("<p>A very good one.</p>\n", WorkspaceEdits.EditsFor(htmlAction.GetProperty("edit"), html)));
    }

    [Fact]
    public async Task Plain_text_has_no_comments_so_it_gets_no_disable_action()
    {
        const string uri = "file:///tmp/plain.txt";
        await using var client = await LspTestClient.StartInitializedAsync(TestRules.Standard(), Capabilities.Push);
        await client.OpenAsync(uri, "A very good one.");
        var hedge = (await client.DiagnosticsAsync(uri, 1)).EnumerateArray().Single();

        var actions = await CodeActionsAsync(client, uri, hedge);

        Assert.Empty(actions.EnumerateArray());
    }

    [Fact]
    public async Task A_fix_made_for_an_older_version_is_not_offered()
    {
        const string uri = "file:///tmp/moved.md";
        await using var client = await LspTestClient.StartInitializedAsync(TestRules.Standard(), Capabilities.Push);
        await client.OpenAsync(uri, "teh");
        var typo = (await client.DiagnosticsAsync(uri, 1)).EnumerateArray().Single();
        await client.ChangeAsync(uri, 2, LspTestClient.Change(0, 0, 0, 0, "Now "));

        var actions = await CodeActionsAsync(client, uri, typo);

        Assert.Equal(["Disable Test.Typo for this file"], actions.EnumerateArray().Select(a => Json.Str(a, "title")));
    }

    [Fact]
    public async Task A_client_that_drops_data_still_gets_the_fix_from_the_latest_findings()
    {
        const string uri = "file:///tmp/nodata.txt";
        await using var client = await LspTestClient.StartInitializedAsync(TestRules.Standard(), Capabilities.Push);
        await client.OpenAsync(uri, "teh");
        var typo = (await client.DiagnosticsAsync(uri, 1)).EnumerateArray().Single();
        var withoutData = new { range = typo.GetProperty("range"), message = Json.Str(typo, "message"), code = "Test.Typo", source = "lint" };

        var actions = await client.RequestAsync("textDocument/codeAction", Request(uri, typo.GetProperty("range"), withoutData));

        Assert.Equal("the", WorkspaceEdits.Apply("teh", WorkspaceEdits.EditsFor(actions[0].GetProperty("edit"), uri)));
    }

    [Fact]
    public async Task Other_servers_diagnostics_and_other_kinds_are_left_alone()
    {
        const string uri = "file:///tmp/mixed.txt";
        await using var client = await LspTestClient.StartInitializedAsync(TestRules.Standard(), Capabilities.Push);
        await client.OpenAsync(uri, "teh");
        var typo = (await client.DiagnosticsAsync(uri, 1)).EnumerateArray().Single();
        var foreign = new { range = typo.GetProperty("range"), message = "Spelling", code = 42, source = "cspell", data = new[] { 1, 2 } };

        var forForeign = await client.RequestAsync("textDocument/codeAction", Request(uri, typo.GetProperty("range"), foreign));
        var refactorOnly = await client.RequestAsync("textDocument/codeAction", new
        {
            textDocument = new { uri },
            range = typo.GetProperty("range"),
            context = new { diagnostics = new[] { typo }, only = new[] { "refactor" } },
        });

        Assert.Empty(forForeign.EnumerateArray());
        Assert.Empty(refactorOnly.EnumerateArray());
    }

    private static Task<JsonElement> CodeActionsAsync(LspTestClient client, string uri, JsonElement diagnostic) =>
        client.RequestAsync("textDocument/codeAction", Request(uri, diagnostic.GetProperty("range"), diagnostic));

    private static object Request(string uri, JsonElement range, object diagnostic) =>
        new { textDocument = new { uri }, range, context = new { diagnostics = new[] { diagnostic } } };
}
