namespace Lint.Language;

/// <summary>
/// Regular English inflection, read backwards: "officials" is the plural of "official", "women" of "woman",
/// "filed" the past of "file", "stopping" the -ing form of "stop". A form counts only when its base is in the lexicon with the
/// part of speech the ending belongs to (WordNet's "morphy" works the same way).
/// </summary>
internal static class Morphology
{
    public static Inflection Analyse(string lower, Lexicon lexicon)
    {
        var result = default(Inflection);
        if (lower.Length < 3)
        {
            return result;
        }

        if (Possessive.Owner(lower) is { } owner)
        {
            var entry = lexicon.Lookup(owner);
            return entry.Tags == WordTags.None
                ? result
                : new Inflection(entry.Tags & WordTags.AnyNoun | WordTags.Possessive, entry.IsCommonWord, entry.IsRoleNoun, entry.Lemma);
        }

        if (lower.EndsWith('s'))
        {
            foreach (var stem in Stems(lower, "ies", "y", "es", "", "s", ""))
            {
                Add(ref result, lexicon, stem, WordTags.Noun, WordTags.PluralNoun);
                Add(ref result, lexicon, stem, WordTags.Verb, WordTags.ThirdPersonVerb);
            }
        }
        else if (lower.EndsWith("men", StringComparison.Ordinal))
        {
            // "women", "chairmen", "fishermen": the plural of a noun in -man.
            Add(ref result, lexicon, string.Concat(lower.AsSpan(0, lower.Length - 3), "man"), WordTags.Noun, WordTags.PluralNoun);
        }
        else if (lower.EndsWith("ed", StringComparison.Ordinal))
        {
            foreach (var stem in Stems(lower, "ied", "y", "ed", "", "ed", "e", "d", ""))
            {
                Add(ref result, lexicon, stem, WordTags.Verb, WordTags.PastTense | WordTags.PastParticiple);
            }

            AddDoubled(ref result, lexicon, lower, 2, WordTags.PastTense | WordTags.PastParticiple);
        }
        else if (lower.EndsWith("ing", StringComparison.Ordinal))
        {
            foreach (var stem in Stems(lower, "ying", "ie", "ing", "", "ing", "e"))
            {
                Add(ref result, lexicon, stem, WordTags.Verb, WordTags.Gerund);
            }

            AddDoubled(ref result, lexicon, lower, 3, WordTags.Gerund);
        }
        else if ((lower.EndsWith("er", StringComparison.Ordinal) || lower.EndsWith("est", StringComparison.Ordinal)) && lower.Length > 4)
        {
            // "taller", "latest"; a word that is all ending ("er", "est") has no stem to look up.
            var cut = lower.EndsWith("er", StringComparison.Ordinal) ? 2 : 3;
            foreach (var stem in new[] { lower[..^cut], lower[..^cut] + "e", lower[..^(cut + 1)] + "y" })
            {
                Add(ref result, lexicon, stem, WordTags.Adjective, WordTags.Adjective);
            }
        }

        return result;
    }

    private static IEnumerable<string> Stems(string word, params string[] endingsAndReplacements)
    {
        for (var i = 0; i < endingsAndReplacements.Length; i += 2)
        {
            var ending = endingsAndReplacements[i];
            if (word.Length > ending.Length + 1 && word.EndsWith(ending, StringComparison.Ordinal))
            {
                yield return string.Concat(word.AsSpan(0, word.Length - ending.Length), endingsAndReplacements[i + 1]);
            }
        }
    }

    private static void AddDoubled(ref Inflection result, Lexicon lexicon, string word, int ending, WordTags tags)
    {
        // "stopped", "planning": the consonant before the ending is doubled.
        var stemEnd = word.Length - ending;
        if (stemEnd >= 3 && word[stemEnd - 1] == word[stemEnd - 2])
        {
            Add(ref result, lexicon, word[..(stemEnd - 1)], WordTags.Verb, tags);
        }
    }

    private static void Add(ref Inflection result, Lexicon lexicon, string stem, WordTags baseTag, WordTags formTags)
    {
        if (!lexicon.TryGetBase(stem, out var tags, out var role) || (tags & baseTag) == 0)
        {
            return;
        }

        result = new Inflection(
            result.Tags | formTags,
            true,
            result.Role || role && baseTag == WordTags.Noun,
            result.Lemma ?? stem);
    }

    internal readonly record struct Inflection(WordTags Tags, bool Common, bool Role, string? Lemma);
}
