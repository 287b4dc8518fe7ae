namespace Lint.Language.Spelling;

/// <summary>
/// A <c>PFX</c> or <c>SFX</c> class: its flag, whether it combines with an affix of the other kind (Hunspell's
/// cross product, <c>Y</c>), and its entries.
/// </summary>
public sealed class AffixClass(int flag, bool isPrefix, bool crossProduct)
{
    public int Flag { get; } = flag;

    public bool IsPrefix { get; } = isPrefix;

    public bool CrossProduct { get; } = crossProduct;

    public List<AffixEntry> Entries { get; } = [];
}
