using Lint.LanguageServer.Protocol;
using StreamJsonRpc;

namespace Lint.LanguageServer;

/// <summary>What the server sends to the editor on its own initiative: notifications and the few requests it makes.</summary>
public sealed class LanguageClient(JsonRpc rpc)
{
    public Task PublishDiagnosticsAsync(PublishDiagnosticsParams diagnostics) =>
        rpc.NotifyWithParameterObjectAsync("textDocument/publishDiagnostics", diagnostics);

    public Task RegisterCapabilityAsync(RegistrationParams registrations, CancellationToken cancellationToken) =>
        rpc.InvokeWithParameterObjectAsync("client/registerCapability", registrations, cancellationToken);

    /// <summary>Asks a pull client to pull diagnostics again (LSP 3.17 <c>workspace/diagnostic/refresh</c>).</summary>
    public Task RefreshDiagnosticsAsync(CancellationToken cancellationToken) =>
        rpc.InvokeWithParameterObjectAsync("workspace/diagnostic/refresh", null, cancellationToken);

    public Task ShowMessageAsync(ShowMessageParams message) =>
        rpc.NotifyWithParameterObjectAsync("window/showMessage", message);
}
