namespace Lint.Rules.Kinds.Variants;

/// <summary>
/// The mergeable summary of a variants rule: for each term's key (the term in lower case without dots,
/// hyphens or spaces, so "U.S." and "US" share one), each form seen with how often it was used and its
/// places (for plain words, only the first <see cref="MaxPlaces"/>, so memory stays bounded).
/// </summary>
public sealed class VariantGroups
{
    /// <summary>How many places of one plain word are kept (and so reported, if it loses) in a run.</summary>
    public const int MaxPlaces = 64;

    public Dictionary<string, Dictionary<string, FormUses>> ByKey { get; } = new(StringComparer.Ordinal);

    public void Add(string key, Variant variant)
    {
        if (!ByKey.TryGetValue(key, out var byForm))
        {
            ByKey[key] = byForm = new Dictionary<string, FormUses>(StringComparer.Ordinal);
        }

        if (!byForm.TryGetValue(variant.Form, out var uses))
        {
            byForm[variant.Form] = uses = new FormUses(IsMarked(variant.Form));
        }

        uses.Add(variant);
    }

    private static bool IsMarked(string form)
    {
        for (var i = 1; i < form.Length; i++)
        {
            if (char.IsUpper(form[i]) || form[i] is ' ' or '.' or '-' or '‑')
            {
                return true;
            }
        }

        return false;
    }

    public static VariantGroups Merge(VariantGroups first, VariantGroups second)
    {
        foreach (var (key, forms) in second.ByKey)
        {
            if (!first.ByKey.TryGetValue(key, out var mine))
            {
                first.ByKey[key] = forms;
                continue;
            }

            foreach (var (form, uses) in forms)
            {
                if (mine.TryGetValue(form, out var existing))
                {
                    existing.AddAll(uses);
                }
                else
                {
                    mine[form] = uses;
                }
            }
        }

        return first;
    }
}
