namespace Lint.Formats.Html;

/// <summary>
/// The named character references HTML still decodes without their ';' ("&amp;copy2020" is "©2020"), as the
/// HTML standard lists them. Without ';', a decoder takes the longest of these names that starts the letters
/// and digits after '&amp;', so these alone say where such a reference ends.
/// </summary>
internal static class LegacyReferences
{
    private static readonly HashSet<string> Names = new(StringComparer.Ordinal)
    {
        "AElig", "AMP", "Aacute", "Acirc", "Agrave", "Aring", "Atilde", "Auml", "COPY", "Ccedil", "ETH", "Eacute", "Ecirc",
        "Egrave", "Euml", "GT", "Iacute", "Icirc", "Igrave", "Iuml", "LT", "Ntilde", "Oacute", "Ocirc", "Ograve", "Oslash",
        "Otilde", "Ouml", "QUOT", "REG", "THORN", "Uacute", "Ucirc", "Ugrave", "Uuml", "Yacute", "aacute", "acirc", "acute",
        "aelig", "agrave", "amp", "aring", "atilde", "auml", "brvbar", "ccedil", "cedil", "cent", "copy", "curren", "deg",
        "divide", "eacute", "ecirc", "egrave", "eth", "euml", "frac12", "frac14", "frac34", "gt", "iacute", "icirc", "iexcl",
        "igrave", "iquest", "iuml", "laquo", "lt", "macr", "micro", "middot", "nbsp", "not", "ntilde", "oacute", "ocirc",
        "ograve", "ordf", "ordm", "oslash", "otilde", "ouml", "para", "plusmn", "pound", "quot", "raquo", "reg", "sect", "shy",
        "sup1", "sup2", "sup3", "szlig", "thorn", "times", "uacute", "ucirc", "ugrave", "uml", "uuml", "yacute", "yen", "yuml",
    };

    /// <summary>The length of the longest legacy name that starts <paramref name="letters"/>, or 0 when none does.</summary>
    public static int LongestAt(ReadOnlySpan<char> letters)
    {
        var lookup = Names.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var length = Math.Min(letters.Length, 6); length >= 2; length--)
        {
            if (lookup.Contains(letters[..length]))
            {
                return length;
            }
        }

        return 0;
    }
}
