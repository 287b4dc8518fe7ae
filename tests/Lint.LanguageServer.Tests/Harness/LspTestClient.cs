using System.Text.Json;
using Lint.LanguageServer.Transport;
using Microsoft.Extensions.Logging;
using Nerdbank.Streams;
using StreamJsonRpc;

namespace Lint.LanguageServer.Tests.Harness;

/// <summary>
/// A language server in this process and a JSON-RPC client talking to it over a pair of in-memory pipes,
/// with LSP's header framing on both sides. What the client sends is written as plain JSON objects, and
/// what it receives is read as JSON, so the tests see the wire format an editor sees.
/// </summary>
internal sealed class LspTestClient : IAsyncDisposable
{
    public static readonly LanguageServerOptions Fast = new(TimeSpan.FromMilliseconds(20), TimeSpan.FromSeconds(1), 100);

    private readonly JsonRpc _rpc;
    private readonly ILoggerFactory _loggers;

    private LspTestClient(LintLanguageServer server, Task<int> running, JsonRpc rpc, ClientTarget target, ListLogger logs, ILoggerFactory loggers)
    {
        Server = server;
        Running = running;
        _rpc = rpc;
        Target = target;
        Logs = logs;
        _loggers = loggers;
    }

    public LintLanguageServer Server { get; }

    /// <summary>The server's <c>RunAsync</c>: completes with its exit code.</summary>
    public Task<int> Running { get; }

    public ClientTarget Target { get; }

    public ListLogger Logs { get; }

    public static LspTestClient Start(IRuleSetProvider rules, LanguageServerOptions? options = null)
    {
        var (serverStream, clientStream) = FullDuplexStream.CreatePair();
        var logs = new ListLogger();
        var loggers = logs.CreateFactory();
        var server = new LintLanguageServer(serverStream, serverStream, rules, options ?? Fast, loggers);
        var running = server.RunAsync();
        var target = new ClientTarget();
        var rpc = new JsonRpc(new HeaderDelimitedMessageHandler(clientStream, clientStream, LspJson.CreateFormatter()));
        rpc.AddLocalRpcTarget(target);
        rpc.StartListening();
        return new LspTestClient(server, running, rpc, target, logs, loggers);
    }

    public static async Task<LspTestClient> StartInitializedAsync(IRuleSetProvider rules, object capabilities, string? rootUri = null, LanguageServerOptions? options = null)
    {
        var client = Start(rules, options);
        await client.InitializeAsync(capabilities, rootUri);
        return client;
    }

    public static object Change(int startLine, int startCharacter, int endLine, int endCharacter, string text) =>
        new { range = new { start = new { line = startLine, character = startCharacter }, end = new { line = endLine, character = endCharacter } }, text };

    public async Task<JsonElement> InitializeAsync(object capabilities, string? rootUri = null)
    {
        var result = await RequestAsync("initialize", new { processId = Environment.ProcessId, rootUri, capabilities });
        await NotifyAsync("initialized", new { });
        return result;
    }

    public async Task<JsonElement> RequestAsync(string method, object? parameters)
    {
        using var timeout = new CancellationTokenSource(Eventually.Timeout);
        var result = await _rpc.InvokeWithParameterObjectAsync<JsonElement>(method, parameters, timeout.Token);
        return result.Clone();
    }

    /// <summary>Sends a request that must fail, and returns the JSON-RPC error code it failed with.</summary>
    public async Task<int> RequestErrorAsync(string method, object? parameters)
    {
        var error = await Assert.ThrowsAnyAsync<RemoteRpcException>(() => RequestAsync(method, parameters));
        return error switch
        {
            RemoteInvocationException invocation => invocation.ErrorCode,
            RemoteMethodNotFoundException notFound => (int)notFound.ErrorCode,
            _ => throw new InvalidOperationException($"Not an error response: {error}"),
        };
    }

    public Task NotifyAsync(string method, object? parameters) => _rpc.NotifyWithParameterObjectAsync(method, parameters);

    public Task OpenAsync(string uri, string text, int version = 1, string languageId = "plaintext") =>
        NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId, version, text } });

    public Task ChangeAsync(string uri, int version, params object[] changes) =>
        NotifyAsync("textDocument/didChange", new { textDocument = new { uri, version }, contentChanges = changes });

    public Task CloseAsync(string uri) => NotifyAsync("textDocument/didClose", new { textDocument = new { uri } });

    /// <summary>A request the server answers only after it has handled every message sent before it.</summary>
    public Task RoundTripAsync(string uri) => RequestAsync("textDocument/codeAction", new
    {
        textDocument = new { uri },
        range = new { start = new { line = 0, character = 0 }, end = new { line = 0, character = 0 } },
        context = new { diagnostics = Array.Empty<object>() },
    });

    /// <summary>The first <c>publishDiagnostics</c> for <paramref name="uri"/> that matches, waiting for it.</summary>
    public Task<JsonElement> PublishedAsync(string uri, Func<JsonElement, bool>? where = null) =>
        WaitForPublishAsync(uri, where ?? (_ => true));

    /// <summary>The diagnostics published for a version of a document.</summary>
    public async Task<JsonElement> DiagnosticsAsync(string uri, int version)
    {
        var published = await WaitForPublishAsync(uri, p => Json.Int(p, "version") == version);
        return published.GetProperty("diagnostics");
    }

    public IReadOnlyList<JsonElement> PublishedFor(string uri) => [.. Target.Published.Where(p => Json.Str(p, "uri") == uri)];

    public async ValueTask DisposeAsync()
    {
        _rpc.Dispose();
        await Server.DisposeAsync();
        _loggers.Dispose();
    }

    private async Task<JsonElement> WaitForPublishAsync(string uri, Func<JsonElement, bool> where)
    {
        var found = await Eventually.WaitAsync(
            () => PublishedFor(uri).Where(where).Select(p => (JsonElement?)p).FirstOrDefault() is { } p ? new[] { p } : null,
            $"diagnostics for {uri}");
        return found[0];
    }
}
