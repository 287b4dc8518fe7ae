using System.Text;
using Lint.Text;

namespace Lint.Workspace.Input;

/// <summary>
/// Turns the bytes of an article into text: UTF-8 (with or without a byte order mark) or UTF-16 with a
/// byte order mark. Binary data (a NUL byte anywhere), UTF-32 and invalid UTF-8 are refused with a reason
/// that names the byte.
/// </summary>
public static class ArticleDecoder
{
    /// <summary>
    /// The largest article, 8 MB (the article size limit): a long-form story is under 100 KB, and the analysis
    /// holds several times an article's size (its findings most of all: 16 MB of dense copy took 1.4 GB),
    /// so a file past this is almost certainly not copy, and one article never takes a run past 1 GB.
    /// The language server reads the workspace's stories within the same limit.
    /// </summary>
    public const long MaxBytes = 8L * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static SourceText Decode(ReadOnlySpan<byte> bytes, out string? error)
    {
        error = null;
        if (bytes.Length > MaxBytes)
        {
            error = $"is more than the {MaxBytes / (1024 * 1024)} MB an article may have (the article size limit); skipped.";
            return new SourceText(string.Empty);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]) || bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            error = "is UTF-32 (its byte order mark says so), which Lint does not read; save it as UTF-8 and try again.";
            return new SourceText(string.Empty);
        }

        var encoding = ArticleEncoding.Detect(bytes);
        if (encoding == ArticleEncoding.Utf16LittleEndian || encoding == ArticleEncoding.Utf16BigEndian)
        {
            var lenient = encoding == ArticleEncoding.Utf16LittleEndian ? Encoding.Unicode : Encoding.BigEndianUnicode;
            return new SourceText(lenient.GetString(bytes[encoding.Preamble.Length..]));
        }

        var body = bytes[encoding.Preamble.Length..];
        var nul = body.IndexOf((byte)0);
        if (nul >= 0)
        {
            error = $"looks like a binary file (a NUL byte at byte {nul + 1}), not an article; skipped.";
            return new SourceText(string.Empty);
        }

        try
        {
            return new SourceText(StrictUtf8.GetString(body));
        }
        catch (DecoderFallbackException)
        {
            var at = FirstInvalidByte(body);
            error = $"is not valid UTF-8 (at byte {at + (bytes.Length - body.Length) + 1}); save it as UTF-8 and try again.";
            return new SourceText(string.Empty);
        }
    }

    private static int FirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out var read, out _, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.Done ? 0 : read;
    }
}
