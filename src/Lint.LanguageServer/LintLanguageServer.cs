using System.Diagnostics;
using Lint.LanguageServer.Analysis;
using Lint.LanguageServer.Diagnostics;
using Lint.LanguageServer.Documents;
using Lint.LanguageServer.Handlers;
using Lint.LanguageServer.Session;
using Lint.LanguageServer.Transport;
using Microsoft.Extensions.Logging;

using StreamJsonRpc;

namespace Lint.LanguageServer;

/// <summary>
/// The language server: JSON-RPC over a pair of streams with LSP's header framing (StreamJsonRpc), the
/// handlers for each method, and the lint scheduler behind them. Messages are handled one at a time in
/// the order they arrive (a change is never applied before the one sent ahead of it); linting runs
/// beside the loop. <see cref="RunAsync"/> ends at <c>exit</c> or when the client goes away.
/// </summary>
public sealed class LintLanguageServer : IAsyncDisposable
{
    private readonly JsonRpc _rpc;
    private readonly ServerSession _session = new();
    private readonly ILogger _logger;

    public LintLanguageServer(Stream input, Stream output, IRuleSetProvider rules, LanguageServerOptions options, ILoggerFactory loggers)
    {
        _logger = loggers.CreateLogger("Lint.LanguageServer");
        var handler = new LspMessageHandler(output, input, LspJson.CreateFormatter(), options.MaxMessageBytes, _logger);
        _rpc = new LspJsonRpc(handler, _logger)
        {
            SynchronizationContext = new Microsoft.VisualStudio.Threading.NonConcurrentSynchronizationContext(sticky: false),
            CancelLocallyInvokedMethodsWhenConnectionIsClosed = true,
            TraceSource = new TraceSource("StreamJsonRpc", SourceLevels.Warning),
        };
        _rpc.TraceSource.Listeners.Clear();
        _rpc.TraceSource.Listeners.Add(new LoggerTraceListener(_logger));
        var client = new LanguageClient(_rpc);
        var documents = new DocumentStore();
        var findings = new FindingsStore();
        var linter = new WorkspaceLinter(rules, _session.Roots, new WorkspaceStories(_session.Roots, options, _logger), options);
        Scheduler = new LintScheduler(documents, linter, findings, () => _session.Features, client, options, _logger);
        _rpc.AddLocalRpcTarget(new LifecycleHandlers(_session, client, _logger));
        _rpc.AddLocalRpcTarget(new TextDocumentHandlers(_session, documents, findings, Scheduler, client, rules, _logger));
        _rpc.AddLocalRpcTarget(new DiagnosticHandlers(_session, documents, findings));
        _rpc.AddLocalRpcTarget(new CodeActionHandlers(_session, documents, findings));
        _rpc.AddLocalRpcTarget(new WorkspaceHandlers(_session, Scheduler, rules, _logger));
        _rpc.Disconnected += (_, e) => _logger.LogDebug("The connection closed ({Reason}): {Description}", e.Reason, e.Description);
    }

    internal LintScheduler Scheduler { get; }

    /// <summary>Serves until <c>exit</c> (0 after <c>shutdown</c>, else 1) or until the client closes the connection (1).</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        Scheduler.Start();
        _rpc.StartListening();
        var exited = _session.Lifecycle.Exited;
        var cancelled = Task.Delay(Timeout.Infinite, cancellationToken);
        await Task.WhenAny(exited, _rpc.Completion, cancelled);
        if (_rpc.Completion.IsFaulted)
        {
            _logger.LogError(_rpc.Completion.Exception?.GetBaseException(), "The connection to the client failed.");
        }

        return exited.IsCompletedSuccessfully ? exited.Result : 1;
    }

    public async ValueTask DisposeAsync()
    {
        // Every message the server sent was flushed when it was sent. The read of standard input that may
        // still be pending cannot be cancelled, so it is not waited for: the process exit ends it.
        await Scheduler.DisposeAsync();
        _rpc.Dispose();
    }
}
