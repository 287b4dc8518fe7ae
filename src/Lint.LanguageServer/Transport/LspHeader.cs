using System.Buffers;
using System.Globalization;
using System.Text;

namespace Lint.LanguageServer.Transport;

/// <summary>
/// One LSP header block: where it ends, and the body length it states, or what is wrong with it. Only
/// <c>Content-Length</c> is read; other headers (<c>Content-Type</c>) must be well formed and are ignored,
/// as the body is always UTF-8.
/// </summary>
internal static class LspHeader
{
    /// <summary>The length of the header block at the start of <paramref name="buffer"/>, its blank line included, or -1 if none ends within <paramref name="max"/> bytes.</summary>
    public static int Length(ReadOnlySequence<byte> buffer, int max)
    {
        var head = buffer.Slice(0, Math.Min(buffer.Length, max)).ToArray();
        var lineStart = 0;
        for (var i = 0; i < head.Length; i++)
        {
            if (head[i] != '\n')
            {
                continue;
            }

            var lineLength = i - lineStart - (i > lineStart && head[i - 1] == '\r' ? 1 : 0);
            if (lineLength == 0)
            {
                return i + 1;
            }

            lineStart = i + 1;
        }

        return -1;
    }

    /// <summary>The <c>Content-Length</c> the block states, or the problem that makes the block unusable.</summary>
    public static (long Length, string? Problem) ContentLength(ReadOnlySequence<byte> block, long maxBodyBytes)
    {
        var bytes = block.ToArray();
        if (bytes.Any(b => b > 127))
        {
            return (0, "a header that is not ASCII text");
        }

        long? length = null;
        foreach (var raw in Encoding.ASCII.GetString(bytes).Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0)
            {
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || !line[..colon].All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
            {
                return (0, $"a header line that is not 'Name: value' ({Quote(line)})");
            }

            if (!line[..colon].Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var value = line[(colon + 1)..].Trim();
            if (value.Length is 0 or > 18 || !value.All(char.IsAsciiDigit))
            {
                return (0, $"Content-Length {Quote(value)}, which is not a number of bytes");
            }

            var stated = long.Parse(value, CultureInfo.InvariantCulture);
            if (stated > maxBodyBytes)
            {
                return (0, string.Create(CultureInfo.InvariantCulture, $"Content-Length {stated}, more than the {maxBodyBytes} bytes a message may have"));
            }

            if (length is { } earlier && earlier != stated)
            {
                return (0, "two different Content-Length headers");
            }

            length = stated;
        }

        return length is { } found ? (found, null) : (0, "no Content-Length header");
    }

    private static string Quote(string text)
    {
        var shown = text.Length > 40 ? text[..40] + "..." : text;
        return "'" + string.Concat(shown.Select(c => char.IsControl(c) ? $"\\x{(int)c:x2}" : c.ToString())) + "'";
    }
}
