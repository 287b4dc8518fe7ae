using Lint.LanguageServer.Tests.Harness;

namespace Lint.LanguageServer.Tests;

public sealed class IncrementalSyncTests
{
    private const string Uri = "file:///tmp/edited.txt";

    [Fact]
    public async Task Changes_in_one_notification_apply_in_order_each_against_the_text_the_previous_left()
    {
        await using var client = await LspTestClient.StartInitializedAsync(TestRules.Standard(), Capabilities.Push);
        await client.OpenAsync(Uri, "Line one.\nLine two.\n");
        await client.DiagnosticsAsync(Uri, 1);

        await client.ChangeAsync(
            Uri,
            2,
            LspTestClient.Change(1, 5, 1, 8, "teh"),      // "Line teh."
            LspTestClient.Change(0, 0, 0, 0, "very "),    // "very Line one."
            LspTestClient.Change(1, 0, 1, 4, "teh teh")); // "teh teh teh."
        var diagnostics = await client.DiagnosticsAsync(Uri, 2);

        // (the second "teh" is the one the doubled-word fix deletes, so its typo finding is moot and not reported)
        Assert.Equal(
            ["Test.Hedge@0:0-0:4", "Test.Typo@1:0-1:3", "Test.Doubled@1:0-1:7", "Test.Typo@1:8-1:11"],
            Json.Summary(diagnostics));
    }

    [Fact]
    public async Task Deleting_across_lines_and_replacing_the_whole_text_both_work()
    {
        await using var client = await LspTestClient.StartInitializedAsync(TestRules.Standard(), Capabilities.Push);
        await client.OpenAsync(Uri, "teh\nmiddle\nend teh\n");
        await client.DiagnosticsAsync(Uri, 1);

        await client.ChangeAsync(Uri, 2, LspTestClient.Change(0, 3, 2, 3, string.Empty)); // "teh teh\n"
        var joined = await client.DiagnosticsAsync(Uri, 2);
        await client.ChangeAsync(Uri, 3, new { text = "All new.\nvery new." });
        var replaced = await client.DiagnosticsAsync(Uri, 3);

        Assert.Equal(["Test.Typo@0:0-0:3", "Test.Doubled@0:0-0:7"], Json.Summary(joined)); // the second "teh" is deleted by the doubled-word fix
        Assert.Equal(["Test.Hedge@1:0-1:4"], Json.Summary(replaced));
    }

    [Fact]
    public async Task An_insertion_at_the_end_of_the_text_and_positions_past_a_line_end_are_clamped()
    {
        await using var client = await LspTestClient.StartInitializedAsync(TestRules.Standard(), Capabilities.Push);
        await client.OpenAsync(Uri, "First.\r\nSecond.");
        await client.DiagnosticsAsync(Uri, 1);

        await client.ChangeAsync(Uri, 2, LspTestClient.Change(2, 0, 2, 0, " teh"));      // past the last line: the end
        await client.ChangeAsync(Uri, 3, LspTestClient.Change(0, 99, 0, 99, " very")); // past the line end: before CRLF
        var diagnostics = await client.DiagnosticsAsync(Uri, 3);

        Assert.Equal(["Test.Hedge@0:7-0:11", "Test.Typo@1:8-1:11"], Json.Summary(diagnostics));
    }
}
