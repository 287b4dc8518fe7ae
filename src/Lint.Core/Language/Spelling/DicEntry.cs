namespace Lint.Language.Spelling;

/// <summary>One line of a <c>.dic</c> file: the word, then its flags after a <c>/</c> (<c>\/</c> is a slash in the word); what follows a tab or a space is morphology, read past.</summary>
internal static class DicEntry
{
    /// <summary>The word and its flags; null for a blank line.</summary>
    /// <exception cref="DictionaryFormatException">The flags are not written as the affix file says.</exception>
    public static (string Stem, int[] Flags)? Parse(string line, AffixFile affixes, int number)
    {
        var end = line.IndexOfAny(['\t', ' ']);
        var entry = end < 0 ? line : line[..end];
        if (entry.Length == 0)
        {
            return null;
        }

        var slash = FlagSlash(entry);
        var stem = (slash < 0 ? entry : entry[..slash]).Replace("\\/", "/", StringComparison.Ordinal);
        if (slash < 0)
        {
            return (stem, []);
        }

        var text = entry[(slash + 1)..];
        var flags = affixes.ReadFlags(text) ?? throw new DictionaryFormatException(number, $"The flags '{text}' of '{stem}' are not written as the affix file's FLAG (or AF) says.");
        return stem.Length == 0 ? null : (stem, flags);
    }

    private static int FlagSlash(string entry)
    {
        for (var i = 1; i < entry.Length; i++)
        {
            if (entry[i] == '/' && entry[i - 1] != '\\')
            {
                return i;
            }
        }

        return -1;
    }
}
