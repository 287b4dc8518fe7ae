using System.Globalization;

namespace Lint.Language.Spelling;

/// <summary>Reads the directives of a <c>.aff</c> file into an <see cref="AffixFile"/>, line by line.</summary>
internal static class AffixReader
{
    /// <summary>Directives that only shape suggestions, morphology or warnings: read past, as they change no word's spelling.</summary>
    private static readonly HashSet<string> Quiet = new(StringComparer.Ordinal)
    {
        "SET", "LANG", "NAME", "VERSION", "HOME", "KEY", "REP", "MAP", "PHONE", "OCONV", "NOSUGGEST", "NOSPLITSUGS",
        "MAXNGRAMSUGS", "MAXDIFF", "ONLYMAXDIFF", "MAXCPDSUGS", "SUGSWITHDOTS", "WARN", "FORBIDWARN", "AM",
        "SUBSTANDARD", "LEMMA_PRESENT", "COMPOUNDWORDMAX", "COMPOUNDPERMITFLAG", "COMPOUNDFORBIDFLAG",
        "CHECKCOMPOUNDDUP", "CHECKCOMPOUNDREP", "CHECKCOMPOUNDCASE", "CHECKCOMPOUNDTRIPLE", "CHECKCOMPOUNDPATTERN",
        "SIMPLIFIEDTRIPLE", "COMPOUNDMORESUFFIXES", "COMPOUNDROOT", "SYLLABLENUM", "COMPOUNDSYLLABLE", "FORCEUCASE",
    };

    /// <summary>Directives that change which words are correct in ways Lint does not follow: each is a note.</summary>
    private static readonly Dictionary<string, string> Unsupported = new(StringComparer.Ordinal)
    {
        ["COMPOUNDFLAG"] = "compounds made of words with this flag are not accepted",
        ["COMPOUNDBEGIN"] = "compounds made of words with this flag are not accepted",
        ["COMPOUNDMIDDLE"] = "compounds made of words with this flag are not accepted",
        ["COMPOUNDEND"] = "compounds made of words with this flag are not accepted",
        ["COMPOUNDLAST"] = "compounds made of words with this flag are not accepted",
        ["CIRCUMFIX"] = "a word with a circumfix is accepted as any other affixed word",
        ["COMPLEXPREFIXES"] = "prefixes are applied once, as suffixes are",
        ["IGNORE"] = "the characters it names are not removed before a word is looked up",
        ["CHECKSHARPS"] = "ß is not treated specially",
    };

    public static AffixFile Read(TextReader reader)
    {
        var file = new AffixFile();
        var remaining = new Dictionary<int, int>();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            var parts = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 0 || parts[0].StartsWith('#'))
            {
                continue;
            }

            Directive(file, parts, number, remaining);
        }

        return file;
    }

    private static void Directive(AffixFile file, string[] parts, int line, Dictionary<int, int> remaining)
    {
        var name = parts[0];
        switch (name)
        {
            case "FLAG":
                file.Format = Argument(parts, line) switch
                {
                    "long" => FlagFormat.Long,
                    "num" => FlagFormat.Number,
                    "UTF-8" => FlagFormat.Utf8,
                    var other => throw new DictionaryFormatException(line, $"FLAG is long, num or UTF-8, not '{other}'."),
                };
                break;
            case "AF":
                if (parts.Length == 2 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out _) && file.Aliases.Count == 0)
                {
                    break;
                }

                file.Aliases.Add(Flags.Parse(Argument(parts, line), file.Format) ?? throw BadFlags(line, parts[1], file.Format));
                break;
            case "NEEDAFFIX" or "PSEUDOROOT":
                file.NeedAffix = One(file, parts, line);
                break;
            case "FORBIDDENWORD":
                file.Forbidden = One(file, parts, line);
                break;
            case "KEEPCASE":
                file.KeepCase = One(file, parts, line);
                break;
            case "ONLYINCOMPOUND":
                file.OnlyInCompound = One(file, parts, line);
                break;
            case "COMPOUNDRULE":
                if (!IsCount(parts))
                {
                    file.CompoundRules.Add(Argument(parts, line));
                }

                break;
            case "COMPOUNDMIN":
                file.CompoundMin = int.TryParse(Argument(parts, line), NumberStyles.None, CultureInfo.InvariantCulture, out var min) && min > 0
                    ? min
                    : throw new DictionaryFormatException(line, $"COMPOUNDMIN is a whole number from 1, not '{parts[1]}'.");
                break;
            case "ICONV":
                if (!IsCount(parts))
                {
                    file.Conversions.Add((Argument(parts, line), parts.Length > 2 ? parts[2] : throw new DictionaryFormatException(line, "ICONV needs what to convert and what to convert it to.")));
                }

                break;
            case "BREAK":
                if (IsCount(parts))
                {
                    file.Breaks.Clear();
                }
                else
                {
                    file.Breaks.Add(Argument(parts, line));
                }

                break;
            case "FULLSTRIP":
                file.FullStrip = true;
                break;
            case "WORDCHARS":
                file.WordChars = Argument(parts, line);
                break;
            case "TRY":
                file.Try = Argument(parts, line);
                break;
            case "PFX" or "SFX":
                AffixLine(file, parts, line, remaining);
                break;
            default:
                if (Unsupported.TryGetValue(name, out var effect))
                {
                    file.Notes.Add(new DictionaryNote(line, $"{name} is not supported: {effect}."));
                }

                break;
        }
    }

    private static void AffixLine(AffixFile file, string[] parts, int line, Dictionary<int, int> remaining)
    {
        var isPrefix = parts[0] == "PFX";
        if (parts.Length < 4)
        {
            throw new DictionaryFormatException(line, $"{parts[0]} needs a flag, then a header (Y or N and a count) or an entry (strip, affix, condition).");
        }

        var flag = Flags.ParseOne(parts[1], file.Format) ?? throw BadFlags(line, parts[1], file.Format);
        if (remaining.GetValueOrDefault(flag) == 0)
        {
            if (parts[2] is not ("Y" or "N") || !int.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out var count))
            {
                throw new DictionaryFormatException(line, $"The {parts[0]} class '{parts[1]}' needs a header first: {parts[0]} {parts[1]} Y|N COUNT.");
            }

            file.Classes.TryAdd(flag, new AffixClass(flag, isPrefix, parts[2] == "Y"));
            remaining[flag] = count;
            return;
        }

        var affixClass = file.Classes[flag];
        if (affixClass.IsPrefix != isPrefix)
        {
            throw new DictionaryFormatException(line, $"'{parts[1]}' is a {(affixClass.IsPrefix ? "PFX" : "SFX")} class, continued here as {parts[0]}.");
        }

        remaining[flag]--;
        var strip = parts[2] == "0" ? string.Empty : parts[2];
        var slash = parts[3].IndexOf('/');
        var add = slash < 0 ? parts[3] : parts[3][..slash];
        var continuation = slash < 0 ? [] : file.ReadFlags(parts[3][(slash + 1)..]) ?? throw BadFlags(line, parts[3][(slash + 1)..], file.Format);
        var condition = parts.Length > 4 ? parts[4] : ".";
        affixClass.Entries.Add(new AffixEntry(
            strip,
            add == "0" ? string.Empty : add,
            continuation,
            AffixCondition.Parse(condition) ?? throw new DictionaryFormatException(line, $"The condition '{condition}' has a '[' that is not closed.")));
    }

    private static bool IsCount(string[] parts) =>
        parts.Length == 2 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out _);

    private static string Argument(string[] parts, int line) =>
        parts.Length > 1 ? parts[1] : throw new DictionaryFormatException(line, $"{parts[0]} needs a value.");

    private static int One(AffixFile file, string[] parts, int line) =>
        Flags.ParseOne(Argument(parts, line), file.Format) ?? throw BadFlags(line, parts[1], file.Format);

    private static DictionaryFormatException BadFlags(int line, string text, FlagFormat format) =>
        new(line, $"'{text}' is not written as {Written(format)}.");

    private static string Written(FlagFormat format) => format switch
    {
        FlagFormat.Long => "FLAG long writes flags (two characters each)",
        FlagFormat.Number => "FLAG num writes flags (numbers separated by commas)",
        FlagFormat.Utf8 => "FLAG UTF-8 writes flags (one character each)",
        _ => "a flag (one character each, or an AF number when the file has AF lines)",
    };
}
