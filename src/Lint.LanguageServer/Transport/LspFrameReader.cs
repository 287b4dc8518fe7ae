using System.Buffers;
using System.Globalization;
using System.IO.Pipelines;
using System.Text;

namespace Lint.LanguageServer.Transport;

/// <summary>
/// Reads LSP's base protocol (header lines, a blank line, then <c>Content-Length</c> bytes of body) and
/// recovers from a header block it cannot use: a missing, non-numeric, negative or too large
/// <c>Content-Length</c>, a line with no colon, a block longer than <see cref="MaxHeaderBytes"/>. Such a
/// block is reported as skipped, and reading goes on from the next <c>Content-Length</c> in the stream
/// (the bytes between, a body of unknown length, are discarded as they arrive, never held). A body
/// shorter than stated can only be told at the end of the stream, which ends the reading with the reason.
/// Lines may end in CRLF (as the specification says) or LF alone.
/// </summary>
public sealed class LspFrameReader(PipeReader reader, long maxBodyBytes)
{
    public const int MaxHeaderBytes = 8 * 1024;
    private static readonly byte[] ContentLengthName = "Content-Length"u8.ToArray();
    private bool _resyncing;

    /// <summary>The next frame. After a message, call <see cref="Release"/> once its body has been read.</summary>
    public async ValueTask<LspFrame> ReadAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var result = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            var buffer = result.Buffer;
            if (result.IsCanceled)
            {
                throw new OperationCanceledException(cancellationToken);
            }

            if (_resyncing)
            {
                SkipToNextHeader(buffer, result.IsCompleted);
                if (result.IsCompleted && _resyncing)
                {
                    return LspFrame.End();
                }

                continue;
            }

            if (buffer.IsEmpty && result.IsCompleted)
            {
                return LspFrame.End();
            }

            var headerLength = LspHeader.Length(buffer, MaxHeaderBytes);
            if (headerLength < 0 && buffer.Length <= MaxHeaderBytes)
            {
                if (result.IsCompleted)
                {
                    reader.AdvanceTo(buffer.End);
                    return LspFrame.End($"the stream ended inside a header block ({buffer.Length} bytes with no blank line after them)");
                }

                reader.AdvanceTo(buffer.Start, buffer.End);
                continue;
            }

            var (contentLength, problem) = headerLength < 0
                ? (0, $"a header block longer than {MaxHeaderBytes} bytes")
                : LspHeader.ContentLength(buffer.Slice(0, headerLength), maxBodyBytes);
            if (problem is not null)
            {
                // Searching from the block's second byte finds a valid header that a broken line hid.
                reader.AdvanceTo(buffer.GetPosition(1));
                _resyncing = true;
                return LspFrame.Skipped(problem);
            }

            reader.AdvanceTo(buffer.GetPosition(headerLength));
            return contentLength == 0
                ? LspFrame.Skipped("Content-Length 0 (an empty body)")
                : await ReadBodyAsync(contentLength, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Lets go of a message's body once it has been deserialized.</summary>
    public void Release(LspFrame frame) => reader.AdvanceTo(frame.Body.End);

    private async ValueTask<LspFrame> ReadBodyAsync(long length, CancellationToken cancellationToken)
    {
        while (true)
        {
            var result = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            if (result.IsCanceled)
            {
                throw new OperationCanceledException(cancellationToken);
            }

            if (result.Buffer.Length >= length)
            {
                return LspFrame.Message(result.Buffer.Slice(0, length));
            }

            if (result.IsCompleted)
            {
                var got = result.Buffer.Length;
                reader.AdvanceTo(result.Buffer.End);
                return LspFrame.End(string.Create(CultureInfo.InvariantCulture, $"the stream ended {got} bytes into a body of {length} bytes (its Content-Length); that message was dropped"));
            }

            reader.AdvanceTo(result.Buffer.Start, result.Buffer.End);
        }
    }

    private void SkipToNextHeader(ReadOnlySequence<byte> buffer, bool completed)
    {
        var at = IndexOfIgnoreCase(buffer, ContentLengthName);
        if (at >= 0)
        {
            reader.AdvanceTo(buffer.GetPosition(at));
            _resyncing = false;
            return;
        }

        // Keep the tail that could be the start of the name, discard the rest.
        var keep = completed ? 0 : Math.Min(buffer.Length, ContentLengthName.Length - 1);
        reader.AdvanceTo(buffer.GetPosition(buffer.Length - keep), buffer.End);
    }

    private static long IndexOfIgnoreCase(ReadOnlySequence<byte> buffer, byte[] name)
    {
        var reader = new SequenceReader<byte>(buffer);
        Span<byte> candidate = stackalloc byte[name.Length];
        while (reader.TryAdvanceToAny("Cc"u8, advancePastDelimiter: false))
        {
            if (!reader.TryCopyTo(candidate))
            {
                return -1;
            }

            if (Ascii.EqualsIgnoreCase(candidate, name))
            {
                return reader.Consumed;
            }

            reader.Advance(1);
        }

        return -1;
    }
}
