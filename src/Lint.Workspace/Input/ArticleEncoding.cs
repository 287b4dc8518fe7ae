using System.Text;

namespace Lint.Workspace.Input;

/// <summary>
/// How an article's bytes are encoded, told by its byte order mark: UTF-16 (little or big endian) or
/// UTF-8 with a mark, else UTF-8 without one. Writing a text back gives the same mark and encoding.
/// </summary>
public sealed class ArticleEncoding
{
    public static readonly ArticleEncoding Utf8 = new("UTF-8", [], new UTF8Encoding(false, throwOnInvalidBytes: true));

    public static readonly ArticleEncoding Utf8WithBom = new("UTF-8 with BOM", [0xEF, 0xBB, 0xBF], Utf8.Encoding);

    public static readonly ArticleEncoding Utf16LittleEndian = new("UTF-16 LE", [0xFF, 0xFE], new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true));

    public static readonly ArticleEncoding Utf16BigEndian = new("UTF-16 BE", [0xFE, 0xFF], new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true));

    private readonly byte[] _preamble;

    private ArticleEncoding(string name, byte[] preamble, Encoding encoding)
    {
        Name = name;
        _preamble = preamble;
        Encoding = encoding;
    }

    public string Name { get; }

    /// <summary>The byte order mark, empty for UTF-8 without one.</summary>
    public ReadOnlySpan<byte> Preamble => _preamble;

    /// <summary>The encoding of the text after the mark; it throws on text it cannot encode exactly.</summary>
    public Encoding Encoding { get; }

    public static ArticleEncoding Detect(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith(Utf16LittleEndian.Preamble) ? Utf16LittleEndian
        : bytes.StartsWith(Utf16BigEndian.Preamble) ? Utf16BigEndian
        : bytes.StartsWith(Utf8WithBom.Preamble) ? Utf8WithBom
        : Utf8;

    /// <summary>The bytes of <paramref name="text"/> in this encoding, byte order mark first.</summary>
    public byte[] GetBytes(string text) => [.. _preamble, .. Encoding.GetBytes(text)];

    public override string ToString() => Name;
}
