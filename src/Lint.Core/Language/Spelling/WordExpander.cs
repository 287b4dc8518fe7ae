namespace Lint.Language.Spelling;

/// <summary>
/// Every form of one <c>.dic</c> entry: the word itself (unless it needs an affix), each suffix and prefix its
/// flags allow, prefix and suffix together where both classes allow the cross product, and a second suffix
/// or a prefix where an affix's own flags allow one (Hunspell's continuation classes, one level deep).
/// Written with plain loops: it runs for every word of a dictionary when one loads.
/// </summary>
internal sealed class WordExpander(AffixFile affixes, Action<string> add)
{
    private readonly List<(string Form, AffixClass Class, AffixEntry Entry)> _suffixed = [];

    public void Expand(string stem, int[] flags)
    {
        if (!Has(flags, affixes.NeedAffix))
        {
            add(stem);
        }

        _suffixed.Clear();
        foreach (var flag in flags)
        {
            if (affixes.Classes.TryGetValue(flag, out var suffix) && !suffix.IsPrefix)
            {
                Suffix(suffix, stem);
            }
        }

        foreach (var flag in flags)
        {
            if (affixes.Classes.TryGetValue(flag, out var prefix) && prefix.IsPrefix)
            {
                Prefix(prefix, stem);
            }
        }

        // A prefix named by a suffix's own flags ("SFX A 0 s/P"): it goes on that suffixed form only.
        foreach (var (form, suffix, entry) in _suffixed)
        {
            foreach (var flag in entry.Continuation)
            {
                if (affixes.Classes.TryGetValue(flag, out var prefix) && prefix.IsPrefix && prefix.CrossProduct && suffix.CrossProduct)
                {
                    ApplyAll(prefix, form);
                }
            }
        }
    }

    public static bool Has(int[] flags, int? flag) => flag is { } f && Array.IndexOf(flags, f) >= 0;

    private void Suffix(AffixClass suffix, string stem)
    {
        foreach (var entry in suffix.Entries)
        {
            if (entry.Apply(stem, isPrefix: false, affixes.FullStrip) is not { } form)
            {
                continue;
            }

            AddUnlessNeedsMore(form, entry);
            _suffixed.Add((form, suffix, entry));
            Continue(entry, form, prefixes: false);
        }
    }

    private void Prefix(AffixClass prefix, string stem)
    {
        foreach (var entry in prefix.Entries)
        {
            if (entry.Apply(stem, isPrefix: true, affixes.FullStrip) is not { } form)
            {
                continue;
            }

            AddUnlessNeedsMore(form, entry);
            Continue(entry, form, prefixes: false);
            if (!prefix.CrossProduct)
            {
                continue;
            }

            foreach (var (withSuffix, suffix, _) in _suffixed)
            {
                if (suffix.CrossProduct && withSuffix.StartsWith(entry.Strip, StringComparison.Ordinal))
                {
                    add(string.Concat(entry.Add, withSuffix.AsSpan(entry.Strip.Length)));
                }
            }
        }
    }

    /// <summary>Applies the classes of the affix's own flags (of one kind) to the affixed form.</summary>
    private void Continue(AffixEntry entry, string form, bool prefixes)
    {
        foreach (var flag in entry.Continuation)
        {
            if (affixes.Classes.TryGetValue(flag, out var next) && next.IsPrefix == prefixes)
            {
                ApplyAll(next, form);
            }
        }
    }

    private void ApplyAll(AffixClass affixClass, string word)
    {
        foreach (var entry in affixClass.Entries)
        {
            if (entry.Apply(word, affixClass.IsPrefix, affixes.FullStrip) is { } form)
            {
                AddUnlessNeedsMore(form, entry);
            }
        }
    }

    private void AddUnlessNeedsMore(string form, AffixEntry entry)
    {
        if (!Has(entry.Continuation, affixes.NeedAffix))
        {
            add(form);
        }
    }
}
