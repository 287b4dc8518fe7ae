using Lint.Language;

namespace Lint.Rules.Kinds.Expansions;

/// <summary>
/// The words of a sentence that an abbreviation after them spells out: read from the last word back, each
/// word gives the abbreviation's next letter from the end by its initial (or, hyphenated, by the initials of
/// its parts), and a small word of <c>skip</c> may give none.
/// </summary>
public static class Expansion
{
    /// <summary>
    /// The index of the first word of the name that <paramref name="letters"/> stands for, whose last word is
    /// <c>tokens[last]</c>, or -1 when the words do not spell it. <paramref name="joined"/> says whether two
    /// neighbouring words stand with only a space between them (a name does not run across a comma).
    /// </summary>
    public static int FirstWord(IReadOnlyList<Token> tokens, int last, string letters, ISet<string> skip, Func<int, bool> joined)
    {
        var left = letters.Length;
        var index = last;
        while (left > 0 && index >= 0)
        {
            if (index < last && !joined(index))
            {
                return -1;
            }

            var token = tokens[index];
            var initials = Initials(token.Text);
            if (initials.Length > 1 && letters.AsSpan(0, left).EndsWith(initials, StringComparison.Ordinal))
            {
                left -= initials.Length;
            }
            else if (char.ToUpperInvariant(token.Text[0]) == letters[left - 1])
            {
                left--;
            }
            else if (!skip.Contains(token.Lower))
            {
                return -1;
            }

            index--;
        }

        return left == 0 ? index + 1 : -1;
    }

    /// <summary>The capital initials of a word's hyphenated parts: "Co-operation" gives "CO".</summary>
    private static string Initials(string word) =>
        string.Concat(word.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(p => char.ToUpperInvariant(p[0])));
}
