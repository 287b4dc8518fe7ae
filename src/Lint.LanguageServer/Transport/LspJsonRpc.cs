using System.Text.Json;
using Microsoft.Extensions.Logging;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace Lint.LanguageServer.Transport;

/// <summary>
/// StreamJsonRpc's connection with LSP's error codes: parameters that do not deserialize are InvalidParams,
/// an unexpected failure is logged and answered with RequestFailed (its message only, no stack trace), and
/// errors the handlers raise on purpose keep their code.
/// </summary>
public sealed class LspJsonRpc(IJsonRpcMessageHandler handler, ILogger logger) : JsonRpc(handler)
{
    protected override JsonRpcError.ErrorDetail CreateErrorDetails(JsonRpcRequest request, Exception exception)
    {
        switch (exception)
        {
            case LocalRpcException or OperationCanceledException:
                return base.CreateErrorDetails(request, exception);
            case JsonException or RpcArgumentDeserializationException:
                return Detail(LspErrorCodes.InvalidParams, $"Invalid params for {request.Method}: {exception.Message}");
            default:
                logger.LogError(exception, "{Method} failed.", request.Method);
                return Detail(LspErrorCodes.RequestFailed, $"{request.Method} failed: {exception.Message}");
        }
    }

    private static JsonRpcError.ErrorDetail Detail(int code, string message) => new() { Code = (JsonRpcErrorCode)code, Message = message };
}
