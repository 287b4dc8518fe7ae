using System.Buffers;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace Lint.LanguageServer.Transport;

/// <summary>
/// LSP's base protocol (<c>Content-Length</c> headers, then a JSON body) that survives bad input. The
/// framing is read by <see cref="LspFrameReader"/>: a header block it cannot use is answered with a
/// ParseError and reading goes on from the next header; a stream that ends inside a message ends the
/// connection with the reason logged. A body that is not JSON is answered with a ParseError, one that is
/// JSON but no JSON-RPC message with an InvalidRequest (both with a null id, as JSON-RPC 2.0 says), and the
/// next message is read. (A JsonException with a line number comes from the JSON reader; without one, the
/// JSON was read but is not a request, response or notification.) Writing is StreamJsonRpc's.
/// </summary>
public sealed class LspMessageHandler(Stream output, Stream input, SystemTextJsonFormatter formatter, long maxMessageBytes, ILogger logger)
    : HeaderDelimitedMessageHandler(output, input, formatter)
{
    private LspFrameReader? _frames;

    protected override async ValueTask<JsonRpcMessage?> ReadCoreAsync(CancellationToken cancellationToken)
    {
        var frames = _frames ??= new LspFrameReader(Reader ?? throw new InvalidOperationException("No input stream."), maxMessageBytes);
        while (true)
        {
            var frame = await frames.ReadAsync(cancellationToken).ConfigureAwait(false);
            if (frame.IsEnd)
            {
                if (frame.Problem is not null)
                {
                    logger.LogWarning("The connection ended: {Reason}.", frame.Problem);
                }

                return null;
            }

            if (!frame.IsMessage)
            {
                logger.LogWarning("Ignored a message with a malformed header ({Reason}); reading on from the next header.", frame.Problem);
                await ReplyAsync(LspErrorCodes.ParseError, $"the message header has {frame.Problem}; the message was skipped", cancellationToken).ConfigureAwait(false);
                continue;
            }

            // The message keeps its body for later (its parameters are read when it is dispatched), so it gets a
            // copy: the pipe's buffer is reused for the next message as soon as it is released.
            var body = new ReadOnlySequence<byte>(frame.Body.ToArray());
            frames.Release(frame);
            try
            {
                return Formatter.Deserialize(body);
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
