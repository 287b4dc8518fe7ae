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

    /// <summary>
    /// Starts reading the dictionary on a thread-pool thread, so a run that will need it (a spelling rule has
    /// just been loaded) reads it while the rest of the rules load; the first lookup waits for it.
    /// </summary>
    public static void Preload()
    {
        if (!Shared.IsValueCreated)
        {
            ThreadPool.QueueUserWorkItem(static _ => _ = Shared.Value);
        }
    }

    /// <summary>Reads a new copy (the benchmark of the load); <see cref="Value"/> is the shared one.</summary>
    public static HunspellDictionary Load()
    {
        var assembly = typeof(DefaultDictionary).Assembly;
        using var aff = new StreamReader(assembly.GetManifestResourceStream("Lint.Language.Data.en_US.aff")!, Encoding.UTF8);
        using var packed = new GZipStream(assembly.GetManifestResourceStream("Lint.Language.Data.en_US.dic.gz")!, CompressionMode.Decompress);
        using var dic = new StreamReader(packed, Encoding.UTF8);
        return HunspellDictionary.Read(AffixFile.Parse(aff), dic);
    }
}
