using System.Text.Json;
using Microsoft.Extensions.Logging;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace Lint.LanguageServer.Transport;

/// <summary>
/// LSP's base protocol (<c>Content-Length</c> headers, then a JSON body) that survives a bad body. By the
/// time the body is parsed its bytes have been consumed, so a body that is not JSON is answered with a
/// ParseError, one that is JSON but no JSON-RPC message with an InvalidRequest (both with a null id, as
/// JSON-RPC 2.0 says), and the next message is read. Broken headers still end the connection: without a
/// length there is no telling where the next message starts. (A JsonException with a line number comes
/// from the JSON reader; without one, the JSON was read but is not a request, response or notification.)
/// </summary>
public sealed class LspMessageHandler(Stream output, Stream input, SystemTextJsonFormatter formatter, ILogger logger)
    : HeaderDelimitedMessageHandler(output, input, formatter)
{
    protected override async ValueTask<JsonRpcMessage?> ReadCoreAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                return await base.ReadCoreAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (IsBadBody(ex))
            {
                var parseError = ex is JsonException { LineNumber: not null };
                logger.LogWarning("Ignored a malformed message ({Reason}): {Message}", parseError ? "not JSON" : "not JSON-RPC", ex.Message);
                await ReplyAsync(parseError ? LspErrorCodes.ParseError : LspErrorCodes.InvalidRequest, ex.Message, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static bool IsBadBody(Exception ex) =>
        ex is not (OperationCanceledException or ObjectDisposedException or EndOfStreamException or IOException or BadRpcHeaderException or OutOfMemoryException);

    private async Task ReplyAsync(int code, string message, CancellationToken cancellationToken)
    {
        var error = ((IJsonRpcMessageFactory)Formatter).CreateErrorMessage();
        error.RequestId = RequestId.Null;
        error.Error = new JsonRpcError.ErrorDetail
        {
            Code = (JsonRpcErrorCode)code,
            Message = code == LspErrorCodes.ParseError ? $"Parse error: {message}" : $"Invalid request: {message}",
        };
        try
        {
            await WriteAsync(error, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or OperationCanceledException)
        {
            logger.LogDebug("Could not answer a malformed message: {Message}", ex.Message);
        }
    }
}
