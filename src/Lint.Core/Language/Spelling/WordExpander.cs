namespace Lint.Language.Spelling;

/// <summary>
/// Every form of one <c>.dic</c> entry: the word itself (unless it needs an affix), each suffix and prefix its
/// flags allow, prefix and suffix together where both classes allow the cross product, and a second suffix
/// or a prefix where an affix's own flags allow one (Hunspell's continuation classes, one level deep).
/// </summary>
internal static class WordExpander
{
    public static void Expand(string stem, int[] flags, AffixFile affixes, Action<string> add)
    {
        if (!Has(flags, affixes.NeedAffix))
        {
            add(stem);
        }

        var suffixed = new List<(string Form, AffixClass Class, AffixEntry Entry)>();
        foreach (var suffix in Classes(flags, affixes, prefixes: false))
        {
            foreach (var entry in suffix.Entries)
            {
                if (entry.Apply(stem, isPrefix: false, affixes.FullStrip) is not { } form)
                {
                    continue;
                }

                AddUnlessNeedsMore(form, entry, affixes, add);
                suffixed.Add((form, suffix, entry));
                foreach (var second in Classes(entry.Continuation, affixes, prefixes: false))
                {
                    ApplyAll(second, form, affixes, add);
                }
            }
        }

        foreach (var prefix in Classes(flags, affixes, prefixes: true))
        {
            PrefixForms(prefix, stem, suffixed, affixes, add);
        }

        // A prefix named by a suffix's own flags ("SFX A 0 s/P"): it goes on that suffixed form only.
        foreach (var (form, suffix, entry) in suffixed)
        {
            foreach (var prefix in Classes(entry.Continuation, affixes, prefixes: true))
            {
                if (prefix.CrossProduct && suffix.CrossProduct)
                {
                    ApplyAll(prefix, form, affixes, add);
                }
            }
        }
    }

    private static void PrefixForms(AffixClass prefix, string stem, List<(string Form, AffixClass Class, AffixEntry Entry)> suffixed, AffixFile affixes, Action<string> add)
    {
        foreach (var entry in prefix.Entries)
        {
            if (entry.Apply(stem, isPrefix: true, affixes.FullStrip) is not { } form)
            {
                continue;
            }

            AddUnlessNeedsMore(form, entry, affixes, add);
            foreach (var suffix in Classes(entry.Continuation, affixes, prefixes: false))
            {
                ApplyAll(suffix, form, affixes, add);
            }

            if (!prefix.CrossProduct)
            {
                continue;
            }

            foreach (var (withSuffix, suffix, _) in suffixed)
            {
                if (suffix.CrossProduct && withSuffix.StartsWith(entry.Strip, StringComparison.Ordinal))
                {
                    add(string.Concat(entry.Add, withSuffix.AsSpan(entry.Strip.Length)));
                }
            }
        }
    }

    private static void ApplyAll(AffixClass affixClass, string word, AffixFile affixes, Action<string> add)
    {
        foreach (var entry in affixClass.Entries)
        {
            if (entry.Apply(word, affixClass.IsPrefix, affixes.FullStrip) is { } form)
            {
                AddUnlessNeedsMore(form, entry, affixes, add);
            }
        }
    }

    private static void AddUnlessNeedsMore(string form, AffixEntry entry, AffixFile affixes, Action<string> add)
    {
        if (!Has(entry.Continuation, affixes.NeedAffix))
        {
            add(form);
        }
    }

    private static IEnumerable<AffixClass> Classes(int[] flags, AffixFile affixes, bool prefixes)
    {
        foreach (var flag in flags)
        {
            if (affixes.Classes.TryGetValue(flag, out var affixClass) && affixClass.IsPrefix == prefixes)
            {
                yield return affixClass;
            }
        }
    }

    public static bool Has(int[] flags, int? flag) => flag is { } f && Array.IndexOf(flags, f) >= 0;
}
