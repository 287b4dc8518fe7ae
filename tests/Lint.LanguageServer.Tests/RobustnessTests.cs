using System.Text.Json;
using Lint.LanguageServer.Tests.Harness;
using Lint.LanguageServer.Transport;
using Microsoft.Extensions.Logging;

namespace Lint.LanguageServer.Tests;

/// <summary>Whatever a client sends, the server answers with the right JSON-RPC error or logs it, and keeps serving.</summary>
public sealed class RobustnessTests
{
    private const string CodeActionOnUnopened =
        """{"jsonrpc":"2.0","id":7,"method":"textDocument/codeAction","params":{"textDocument":{"uri":"file:///tmp/never.txt"},"range":{"start":{"line":0,"character":0},"end":{"line":0,"character":1}},"context":{"diagnostics":[]}}}""";

    [Fact]
    public async Task A_body_that_is_not_JSON_gets_a_ParseError_with_a_null_id_and_the_next_message_is_served()
    {
        await using var connection = new RawConnection(TestRules.Standard());

        await connection.SendAsync("""{"jsonrpc":"2.0","id":1,"method":"initialize",""");
        var error = await connection.ReadErrorAsync();
        await connection.InitializeAsync();

        Assert.Equal(LspErrorCodes.ParseError, error.Error.GetProperty("code").GetInt32());
        Assert.Equal(JsonValueKind.Null, error.Id.ValueKind);
        Assert.True(connection.Logs.Contains(LogLevel.Warning, "malformed message"));
    }

    [Fact]
    public async Task JSON_that_is_no_JSON_RPC_message_gets_an_InvalidRequest()
    {
        await using var connection = new RawConnection(TestRules.Standard());

        await connection.SendAsync("""{"hello":"world"}""");
        var error = await connection.ReadErrorAsync();
        await connection.InitializeAsync();

        Assert.Equal(LspErrorCodes.InvalidRequest, error.Error.GetProperty("code").GetInt32());
        Assert.Equal(JsonValueKind.Null, error.Id.ValueKind);
    }

    [Fact]
    public async Task An_unknown_request_gets_MethodNotFound_and_an_unknown_notification_is_ignored()
    {
        await using var connection = new RawConnection(TestRules.Standard());
        await connection.InitializeAsync();

        await connection.SendAsync("""{"jsonrpc":"2.0","method":"$/unknownNotification","params":{}}""");
        await connection.SendAsync("""{"jsonrpc":"2.0","id":2,"method":"textDocument/hover","params":{}}""");
        var error = await connection.ReadErrorAsync();

        Assert.Equal(LspErrorCodes.MethodNotFound, error.Error.GetProperty("code").GetInt32());
        Assert.Equal(2, error.Id.GetInt32());
    }

    [Theory]
    [InlineData("""{"textDocument":5,"range":null}""")]
    [InlineData("""{"range":{"start":{"line":0,"character":0},"end":{"line":0,"character":0}}}""")]
    [InlineData("""{"textDocument":{"uri":"file:///a.txt"},"range":{"start":{"line":"zero"}}}""")]
    public async Task Parameters_of_the_wrong_shape_get_InvalidParams(string parameters)
    {
        await using var connection = new RawConnection(TestRules.Standard());
        await connection.InitializeAsync();

        await connection.SendAsync($$"""{"jsonrpc":"2.0","id":3,"method":"textDocument/codeAction","params":{{parameters}}}""");
        var error = await connection.ReadErrorAsync();

        Assert.Equal(LspErrorCodes.InvalidParams, error.Error.GetProperty("code").GetInt32());
        Assert.Equal(3, error.Id.GetInt32());
        Assert.False(error.Error.TryGetProperty("data", out _), "no stack trace or exception details are sent");
    }

    [Fact]
    public async Task Requests_about_a_document_never_opened_get_InvalidParams()
    {
        await using var connection = new RawConnection(TestRules.Standard());
        await connection.InitializeAsync();

        await connection.SendAsync(CodeActionOnUnopened);
        var codeAction = await connection.ReadErrorAsync();
        await connection.SendAsync("""{"jsonrpc":"2.0","id":8,"method":"textDocument/diagnostic","params":{"textDocument":{"uri":"file:///tmp/never.txt"}}}""");
        var diagnostic = await connection.ReadErrorAsync();

        Assert.Equal(LspErrorCodes.InvalidParams, codeAction.Error.GetProperty("code").GetInt32());
        Assert.Contains("not open", codeAction.Error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(LspErrorCodes.InvalidParams, diagnostic.Error.GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task Notifications_that_cannot_be_applied_are_logged_and_the_server_keeps_serving()
    {
        await using var client = await LspTestClient.StartInitializedAsync(TestRules.Standard(), Capabilities.Push);

        await client.ChangeAsync("file:///tmp/never.txt", 2, LspTestClient.Change(0, 0, 0, 0, "x"));
        await client.NotifyAsync("textDocument/didOpen", new { textDocument = (object?)null });
        await client.OpenAsync("file:///tmp/ok.txt", "teh");
        await client.ChangeAsync("file:///tmp/ok.txt", 2, LspTestClient.Change(0, 2, 0, 1, "x"));

        Assert.Equal(["Test.Typo@0:0-0:3"], Json.Summary(await client.DiagnosticsAsync("file:///tmp/ok.txt", 1)));
        await Eventually.WaitAsync(() => client.Logs.Contains(LogLevel.Warning, "never.txt, which was never opened"), "the log of the change to an unopened document");
        await Eventually.WaitAsync(() => client.Logs.Contains(LogLevel.Warning, "textDocument/didOpen"), "the log of the didOpen that did not deserialize");
        await Eventually.WaitAsync(() => client.Logs.Contains(LogLevel.Error, "Could not apply a change to file:///tmp/ok.txt"), "the log of the change with a backwards range");
    }

    [Fact]
    public async Task A_rule_that_throws_becomes_one_RuleFailure_finding_and_the_other_rules_still_report()
    {
        var rules = new TestRules(TestRules.With(TestRules.Load(("Test.Typo", TestRules.Typo)), new ThrowingAnalyzer()));
        await using var client = await LspTestClient.StartInitializedAsync(rules, Capabilities.Push);
        const string uri = "file:///tmp/boom.txt";

        await client.OpenAsync(uri, "BOOM teh");
        var diagnostics = await client.DiagnosticsAsync(uri, 1);
        await client.ChangeAsync(uri, 2, LspTestClient.Change(0, 0, 0, 4, "calm"));
        var after = await client.DiagnosticsAsync(uri, 2);

        Assert.Equal(["Lint.RuleFailure@0:0-0:0", "Test.Typo@0:5-0:8"], Json.Summary(diagnostics));
        var failure = diagnostics[0];
        Assert.Equal(1, Json.Int(failure, "severity"));
        Assert.Contains("Test.Throws", Json.Str(failure, "message"), StringComparison.Ordinal);
        Assert.Equal(["Test.Typo@0:5-0:8"], Json.Summary(after));
    }

    [Fact]
    public async Task When_loading_rules_fails_the_pass_is_logged_pulls_fail_with_RequestFailed_and_the_server_recovers()
    {
        var rules = new FlakyRules(TestRules.Standard());
        await using var client = await LspTestClient.StartInitializedAsync(rules, Capabilities.Pull);
        const string uri = "file:///tmp/flaky.txt";

        await client.OpenAsync(uri, "teh");
        var code = await client.RequestErrorAsync("textDocument/diagnostic", new { textDocument = new { uri } });
        rules.Broken = false;
        await client.ChangeAsync(uri, 2, LspTestClient.Change(0, 3, 0, 3, "."));
        var report = await client.RequestAsync("textDocument/diagnostic", new { textDocument = new { uri } });

        Assert.Equal(LspErrorCodes.RequestFailed, code);
        Assert.True(client.Logs.Contains(LogLevel.Error, "Linting the open documents failed"));
        Assert.Equal(["Test.Typo@0:0-0:3"], Json.Summary(report.GetProperty("items")));
    }

    [Fact]
    public async Task A_pull_sent_after_a_failed_pass_has_finished_fails_at_once_instead_of_waiting()
    {
        var rules = new FlakyRules(TestRules.Standard());
        await using var client = await LspTestClient.StartInitializedAsync(rules, Capabilities.Pull);
        const string uri = "file:///tmp/flaky-late.txt";

        await client.OpenAsync(uri, "teh");
        await Eventually.WaitAsync(() => client.Logs.Contains(LogLevel.Error, "Linting the open documents failed"), "the failed pass");
        var code = await client.RequestErrorAsync("textDocument/diagnostic", new { textDocument = new { uri } });

        Assert.Equal(LspErrorCodes.RequestFailed, code);
    }
}
