namespace Lint.Rules.Kinds.Variants;

/// <summary>
/// How often one form of a term is used, and its places. A plain word (all lower case, or only a first
/// capital) keeps its first <see cref="VariantGroups.MaxPlaces"/> places, since plain words are
/// everywhere and rarely the form that loses; a marked form (inner capitals, capitals, dots, hyphens,
/// spaces: iRay, US, e-mail, time line) keeps them all.
/// </summary>
public sealed class FormUses(bool marked)
{
    public bool Marked { get; } = marked;

    public int Count { get; private set; }

    public List<Variant> Places { get; } = [];

    public void Add(Variant variant)
    {
        Count++;
        if (Marked || Places.Count < VariantGroups.MaxPlaces)
        {
            Places.Add(variant);
        }
    }

    public void AddAll(FormUses other)
    {
        Count += other.Count;
        Places.AddRange(Marked ? other.Places : other.Places.Take(VariantGroups.MaxPlaces - Places.Count));
    }
}
