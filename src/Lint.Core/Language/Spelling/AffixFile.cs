namespace Lint.Language.Spelling;

/// <summary>
/// A Hunspell <c>.aff</c> file, read: the flag format, the prefix and suffix classes, the flags with a
/// meaning of their own (<c>NEEDAFFIX</c>, <c>FORBIDDENWORD</c>, <c>KEEPCASE</c>, <c>ONLYINCOMPOUND</c>), the
/// compound rules, the input conversions (<c>ICONV</c>), <c>BREAK</c>, <c>WORDCHARS</c> and <c>TRY</c>.
/// What changes which words are correct but is not supported is a <see cref="Notes"/> entry at its line.
/// </summary>
public sealed class AffixFile
{
    public FlagFormat Format { get; internal set; } = FlagFormat.Char;

    public Dictionary<int, AffixClass> Classes { get; } = [];

    /// <summary>The flag sets of <c>AF</c> lines: a <c>.dic</c> entry names one by its number, from 1.</summary>
    public List<int[]> Aliases { get; } = [];

    public int? NeedAffix { get; internal set; }

    public int? Forbidden { get; internal set; }

    public int? KeepCase { get; internal set; }

    public int? OnlyInCompound { get; internal set; }

    /// <summary><c>COMPOUNDRULE</c> patterns, as written (flags with <c>*</c> and <c>?</c>).</summary>
    public List<string> CompoundRules { get; } = [];

    /// <summary>The fewest letters a part of a compound has (<c>COMPOUNDMIN</c>, 3 unless set).</summary>
    public int CompoundMin { get; internal set; } = 3;

    /// <summary><c>ICONV</c>: what a word's characters are turned into before it is looked up (’ into ').</summary>
    public List<(string From, string To)> Conversions { get; } = [];

    /// <summary><c>BREAK</c>: where a word not found is split and its parts looked up (by default at hyphens).</summary>
    public List<string> Breaks { get; } = ["-", "^-", "-$"];

    /// <summary><c>FULLSTRIP</c>: an affix may strip the whole word.</summary>
    public bool FullStrip { get; internal set; }

    public string WordChars { get; internal set; } = string.Empty;

    public string Try { get; internal set; } = string.Empty;

    public List<DictionaryNote> Notes { get; } = [];

    /// <summary>Reads an affix file's text.</summary>
    /// <exception cref="DictionaryFormatException">A line is not written as the format says.</exception>
    public static AffixFile Parse(TextReader reader) => AffixReader.Read(reader);

    /// <summary>The flags of a <c>.dic</c> entry or an affix's continuation: an <c>AF</c> number when the file has aliases, else flags.</summary>
    public int[]? ReadFlags(string text)
    {
        if (Aliases.Count == 0 || !int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var alias))
        {
            return Flags.Parse(text, Format);
        }

        return alias >= 1 && alias <= Aliases.Count ? Aliases[alias - 1] : null;
    }

    /// <summary>The word with the <c>ICONV</c> conversions made, longest match first at each place.</summary>
    public string Convert(string word)
    {
        if (Conversions.Count == 0)
        {
            return word;
        }

        var builder = new System.Text.StringBuilder(word.Length);
        for (var i = 0; i < word.Length;)
        {
            var best = -1;
            for (var c = 0; c < Conversions.Count; c++)
            {
                var from = Conversions[c].From;
                if ((best < 0 || from.Length > Conversions[best].From.Length) && string.CompareOrdinal(word, i, from, 0, from.Length) == 0)
                {
                    best = c;
                }
            }

            if (best < 0)
            {
                builder.Append(word[i++]);
                continue;
            }

            builder.Append(Conversions[best].To);
            i += Conversions[best].From.Length;
        }

        return builder.ToString();
    }
}
