using System.Globalization;
using Lint.Text;

namespace Lint.Syntax;

/// <summary>
/// Finds the words of a piece of text. A word may hold inner apostrophes, hyphens and dots ("don't", "2-year-old",
/// "U.S.", "2.4"), and a figure its thousands separators ("90,000").
/// </summary>
public static class WordTokenizer
{
    public static List<Word> Tokenize(string text, TextSpan span)
    {
        var words = new List<Word>();
        var i = span.Start;
        var end = span.End;
        while (i < end)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < end)
            {
                if (IsWordChar(text[i]))
                {
                    i++;
                }
                else if (IsJoiner(text[i]) && i + 1 < end && IsWordChar(text[i + 1]))
                {
                    i += 2;
                }
                else if (IsThousandsSeparator(text, i, end))
                {
                    i += 4;
                }
                else
                {
                    break;
                }
            }

            // "U.S." and "e.g." keep their final dot: single letters joined by dots.
            if (i < end && text[i] == '.' && IsDottedAbbreviation(text, start, i))
            {
                i++;
            }

            words.Add(new Word(TextSpan.FromBounds(start, i)));
        }

        return words;
    }

    public static bool IsWordChar(char c)
    {
        if (char.IsLetterOrDigit(c))
        {
            return true;
        }

        var category = char.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.Surrogate;
    }

    private static bool IsJoiner(char c) => c is '\'' or '’' or '-' or '‑' or '.';

    /// <summary>A comma between a digit and exactly three more ("90,000"), not a list of figures ("3,4 and 5").</summary>
    private static bool IsThousandsSeparator(string text, int at, int end) =>
        text[at] == ',' && at > 0 && char.IsAsciiDigit(text[at - 1]) && at + 3 < end
        && char.IsAsciiDigit(text[at + 1]) && char.IsAsciiDigit(text[at + 2]) && char.IsAsciiDigit(text[at + 3])
        && (at + 4 == end || !char.IsAsciiDigit(text[at + 4]));

    private static bool IsDottedAbbreviation(string text, int start, int end)
    {
        // Letter, dot, letter (, dot, letter)*: the word so far is at least "U.S".
        if (end - start < 3)
        {
            return false;
        }

        for (var k = start; k < end; k++)
        {
            var expectLetter = (k - start) % 2 == 0;
            if (expectLetter ? !char.IsLetter(text[k]) : text[k] != '.')
            {
                return false;
            }
        }

        return true;
    }
}
