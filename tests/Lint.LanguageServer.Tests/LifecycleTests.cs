using System.Text.Json;
using Lint.LanguageServer.Tests.Harness;
using Lint.LanguageServer.Transport;

namespace Lint.LanguageServer.Tests;

public sealed class LifecycleTests
{
    [Fact]
    public async Task A_push_client_is_offered_incremental_sync_and_quick_fixes_but_no_pull_diagnostics()
    {
        await using var client = LspTestClient.Start(TestRules.Standard());

        var result = await client.InitializeAsync(Capabilities.Push);

        var capabilities = result.GetProperty("capabilities");
        var sync = capabilities.GetProperty("textDocumentSync");
        Assert.True(sync.GetProperty("openClose").GetBoolean());
        Assert.Equal(2, sync.GetProperty("change").GetInt32());
        Assert.Equal(["quickfix"], capabilities.GetProperty("codeActionProvider").GetProperty("codeActionKinds").EnumerateArray().Select(k => k.GetString()));
        Assert.False(capabilities.TryGetProperty("diagnosticProvider", out _));
        Assert.Equal(
            ["codeActionProvider", "textDocumentSync"],
            capabilities.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal("lint", result.GetProperty("serverInfo").GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_pull_client_is_offered_pull_diagnostics()
    {
        await using var client = LspTestClient.Start(TestRules.Standard());

        var result = await client.InitializeAsync(Capabilities.Pull);

        var provider = result.GetProperty("capabilities").GetProperty("diagnosticProvider");
        Assert.Equal("lint", provider.GetProperty("identifier").GetString());
        Assert.True(provider.GetProperty("interFileDependencies").GetBoolean());
        Assert.False(provider.GetProperty("workspaceDiagnostics").GetBoolean());
    }

    [Fact]
    public async Task Requests_before_initialize_are_refused_with_ServerNotInitialized_and_notifications_are_dropped()
    {
        await using var client = LspTestClient.Start(TestRules.Standard());
        const string uri = "file:///tmp/early.txt";

        await client.OpenAsync(uri, "teh story");
        var code = await client.RequestErrorAsync("textDocument/diagnostic", new { textDocument = new { uri } });

        Assert.Equal(LspErrorCodes.ServerNotInitialized, code);
        await client.InitializeAsync(Capabilities.Pull);
        Assert.Equal(LspErrorCodes.InvalidParams, await client.RequestErrorAsync("textDocument/diagnostic", new { textDocument = new { uri } }));
    }

    [Fact]
    public async Task A_second_initialize_is_an_invalid_request()
    {
        await using var client = await LspTestClient.StartInitializedAsync(TestRules.Standard(), Capabilities.Push);

        var code = await client.RequestErrorAsync("initialize", new { processId = 1, capabilities = new { } });

        Assert.Equal(LspErrorCodes.InvalidRequest, code);
    }

    [Fact]
    public async Task Shutdown_answers_null_then_requests_are_invalid_and_exit_ends_the_server_with_0()
    {
        await using var client = await LspTestClient.StartInitializedAsync(TestRules.Standard(), Capabilities.Push);

        var result = await client.RequestAsync("shutdown", null);
        var code = await client.RequestErrorAsync("textDocument/codeAction", new
        {
            textDocument = new { uri = "file:///tmp/a.txt" },
            range = new { start = new { line = 0, character = 0 }, end = new { line = 0, character = 0 } },
            context = new { diagnostics = Array.Empty<object>() },
        });
        await client.NotifyAsync("exit", null);

        Assert.Equal(JsonValueKind.Null, result.ValueKind);
        Assert.Equal(LspErrorCodes.InvalidRequest, code);
        Assert.Equal(0, await client.Running.WaitAsync(Eventually.Timeout));
    }

    [Fact]
    public async Task Exit_without_shutdown_ends_the_server_with_1()
    {
        await using var client = await LspTestClient.StartInitializedAsync(TestRules.Standard(), Capabilities.Push);

        await client.NotifyAsync("exit", null);

        Assert.Equal(1, await client.Running.WaitAsync(Eventually.Timeout));
    }
}
