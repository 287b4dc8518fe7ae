using System.Globalization;

namespace Lint.Language.Spelling;

/// <summary>Reads a run of flags as an affix file's <see cref="FlagFormat"/> writes them; each flag becomes a number.</summary>
public static class Flags
{
    /// <summary>The flags of <paramref name="text"/>; null when they are not written as the format says (an odd-length run of long flags, a number that is not one).</summary>
    public static int[]? Parse(string text, FlagFormat format)
    {
        switch (format)
        {
            case FlagFormat.Long:
                if (text.Length % 2 != 0)
                {
                    return null;
                }

                var pairs = new int[text.Length / 2];
                for (var i = 0; i < pairs.Length; i++)
                {
                    pairs[i] = (text[2 * i] << 16) | text[(2 * i) + 1];
                }

                return pairs;
            case FlagFormat.Number:
                var numbers = new List<int>();
                foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
                    {
                        return null;
                    }

                    numbers.Add(number);
                }

                return [.. numbers];
            case FlagFormat.Utf8:
                return [.. text.EnumerateRunes().Select(r => r.Value)];
            default:
                var chars = new int[text.Length];
                for (var i = 0; i < chars.Length; i++)
                {
                    chars[i] = text[i];
                }

                return chars;
        }
    }

    /// <summary>One flag, as in <c>NEEDAFFIX X</c>; null unless the text is exactly one flag.</summary>
    public static int? ParseOne(string text, FlagFormat format) =>
        Parse(text, format) is [var flag] ? flag : null;
}
