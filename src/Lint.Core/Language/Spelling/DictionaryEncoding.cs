using System.Text;

namespace Lint.Language.Spelling;

/// <summary>
/// The character encoding of a dictionary's two files, named by the <c>SET</c> line of its <c>.aff</c> file
/// (UTF-8, ISO8859-1 to -15, KOI8-R, microsoft-cp1251...); ISO8859-1 when there is none, as Hunspell assumes.
/// </summary>
public static class DictionaryEncoding
{
    static DictionaryEncoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <exception cref="DictionaryFormatException">The <c>SET</c> line names an encoding .NET does not have.</exception>
    public static Encoding Of(byte[] aff)
    {
        using var reader = new StreamReader(new MemoryStream(aff), Encoding.Latin1);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            var parts = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (parts is not ["SET", var name, ..])
            {
                continue;
            }

            try
            {
                return name.ToUpperInvariant() switch
                {
                    "UTF-8" => new UTF8Encoding(false),
                    var iso when iso.StartsWith("ISO8859-", StringComparison.Ordinal) => Encoding.GetEncoding("iso-8859-" + iso[8..]),
                    var cp when cp.StartsWith("MICROSOFT-CP", StringComparison.Ordinal) => Encoding.GetEncoding("windows-" + cp[12..]),
                    _ => Encoding.GetEncoding(name),
                };
            }
            catch (ArgumentException)
            {
                throw new DictionaryFormatException(number, $"SET names an encoding Lint cannot read: '{name}'.");
            }
        }

        return Encoding.Latin1;
    }

    /// <summary>The text of a dictionary file in the encoding, without a byte order mark.</summary>
    public static string Decode(byte[] bytes, Encoding encoding)
    {
        var text = encoding.GetString(bytes);
        return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
    }
}
