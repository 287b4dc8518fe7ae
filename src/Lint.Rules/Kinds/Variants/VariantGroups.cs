namespace Lint.Rules.Kinds.Variants;

/// <summary>
/// The mergeable summary of a variants rule: uses of each term, grouped by its key (the term in lower
/// case without dots, hyphens or spaces), so "U.S." and "US" fall in one group.
/// </summary>
public sealed class VariantGroups
{
    public Dictionary<string, List<Variant>> ByKey { get; } = new(StringComparer.Ordinal);

    public void Add(string key, Variant variant)
    {
        if (!ByKey.TryGetValue(key, out var list))
        {
            ByKey[key] = list = [];
        }

        list.Add(variant);
    }

    public static VariantGroups Merge(VariantGroups first, VariantGroups second)
    {
        foreach (var (key, variants) in second.ByKey)
        {
            if (first.ByKey.TryGetValue(key, out var list))
            {
                list.AddRange(variants);
            }
            else
            {
                first.ByKey[key] = variants;
            }
        }

        return first;
    }
}
