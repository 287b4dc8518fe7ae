using System.IO.Compression;
using System.Text;

namespace Lint.Language.Spelling;

/// <summary>
/// The dictionary a spelling rule uses when it names none: Hunspell's en_US as Debian ships it (SCOWL), copied
/// by tools/dictionary/build_dictionary.py into an embedded resource. Read once, on first use, and shared.
/// </summary>
public static class DefaultDictionary
{
    private static readonly Lazy<HunspellDictionary> Shared = new(Load);

    public static HunspellDictionary Value => Shared.Value;

    private static HunspellDictionary Load()
    {
        var assembly = typeof(DefaultDictionary).Assembly;
        using var aff = new StreamReader(assembly.GetManifestResourceStream("Lint.Language.Data.en_US.aff")!, Encoding.UTF8);
        using var packed = new GZipStream(assembly.GetManifestResourceStream("Lint.Language.Data.en_US.dic.gz")!, CompressionMode.Decompress);
        using var dic = new StreamReader(packed, Encoding.UTF8);
        return HunspellDictionary.Read(AffixFile.Parse(aff), dic);
    }
}
