using StreamJsonRpc;

namespace Lint.LanguageServer.Transport;

/// <summary>Exceptions that StreamJsonRpc turns into a JSON-RPC error response with the given LSP code.</summary>
public static class ProtocolError
{
    public static LocalRpcException InvalidParams(string message) => Create(LspErrorCodes.InvalidParams, message);

    public static LocalRpcException InvalidRequest(string message) => Create(LspErrorCodes.InvalidRequest, message);

    public static LocalRpcException ServerNotInitialized() =>
        Create(LspErrorCodes.ServerNotInitialized, "The server has not been initialized: send 'initialize' first.");

    public static LocalRpcException RequestFailed(string message) => Create(LspErrorCodes.RequestFailed, message);

    private static LocalRpcException Create(int code, string message) => new(message) { ErrorCode = code };
}
