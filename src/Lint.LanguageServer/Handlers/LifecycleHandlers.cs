using System.Reflection;
using Lint.LanguageServer.Analysis;
using Lint.LanguageServer.Protocol;
using Lint.LanguageServer.Session;
using Microsoft.Extensions.Logging;
using StreamJsonRpc;

namespace Lint.LanguageServer.Handlers;

/// <summary>
/// <c>initialize</c>, <c>initialized</c>, <c>shutdown</c> and <c>exit</c>. The capabilities advertised are
/// exactly what the server implements: incremental sync, quick fixes, and pull diagnostics when (and
/// only when) the client pulls; otherwise diagnostics are pushed.
/// </summary>
public sealed class LifecycleHandlers(ServerSession session, LanguageClient client, ILogger logger)
{
    [JsonRpcMethod("initialize", UseSingleObjectParameterDeserialization = true)]
    public InitializeResult Initialize(InitializeParams parameters)
    {
        session.Initialize(parameters);
        logger.LogInformation(
            "Initialized for {Folders}; diagnostics are {Mode}.",
            session.Roots.Folders.Count > 0 ? string.Join(", ", session.Roots.Folders) : "no folder",
            session.Features.PullDiagnostics ? "pulled" : "pushed");
        var capabilities = new ServerCapabilities(
            new TextDocumentSyncOptions(OpenClose: true, TextDocumentSyncOptions.Incremental, new SaveOptions(IncludeText: false)),
            new CodeActionOptions([CodeActions.QuickFixes.Kind]),
            session.Features.PullDiagnostics ? new DiagnosticOptions("lint", InterFileDependencies: true, WorkspaceDiagnostics: false) : null);
        var version = typeof(LifecycleHandlers).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        return new InitializeResult(capabilities, new ServerInfo("lint", version?.Split('+')[0]));
    }

    [JsonRpcMethod("initialized", UseSingleObjectParameterDeserialization = true)]
    public async Task InitializedAsync(object? parameters, CancellationToken cancellationToken)
    {
        if (!session.Lifecycle.IsRunning || !session.Features.WatchedFilesRegistration)
        {
            return;
        }

        var watchers = RuleFiles.Globs.Select(g => new Protocol.FileSystemWatcher(g)).ToList();
        var registration = new Registration("lint-rule-files", "workspace/didChangeWatchedFiles", new DidChangeWatchedFilesRegistrationOptions(watchers));
        try
        {
            await client.RegisterCapabilityAsync(new RegistrationParams([registration]), cancellationToken);
        }
        catch (Exception ex) when (ex is RemoteInvocationException or ConnectionLostException)
        {
            logger.LogWarning("The client refused to watch rule files ({Message}); rules reload when it reports changes on its own.", ex.Message);
        }
    }

    [JsonRpcMethod("shutdown")]
    public object? Shutdown()
    {
        session.Lifecycle.Shutdown();
        return null;
    }

    [JsonRpcMethod("exit")]
    public void Exit() => session.Lifecycle.Exit();
}
