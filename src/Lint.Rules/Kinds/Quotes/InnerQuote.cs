using Lint.Text;

namespace Lint.Rules.Kinds.Quotes;

/// <summary>
/// Follows the single quote marks inside a double quote (“He told us, ‘Buy a heater,’ and left.”): a single
/// mark opens an inner quote when it has space or an opening mark before it and a letter after it, and a
/// closing single mark after a word ends it. Apostrophes are not quotes: inside a word (I’ve, Hawai‘i),
/// before a figure (’90s) or in a clipped word (’til, ’em, rock ’n’ roll).
/// </summary>
internal sealed class InnerQuote
{
    private static readonly HashSet<string> Clipped = new(["til", "em", "cause", "n", "tis", "twas", "bout", "round", "nother"], StringComparer.OrdinalIgnoreCase);

    private int _open = -1;

    /// <summary>The position of the inner quote's opening mark, or -1.</summary>
    public int Open => _open;

    public void Read(string text, TextSpan paragraph, int at, bool insideDouble)
    {
        var mark = text[at];
        var before = at > paragraph.Start ? text[at - 1] : ' ';
        var after = at + 1 < paragraph.End ? text[at + 1] : ' ';
        if (_open < 0)
        {
            if (insideDouble && mark is '‘' or '\'' && IsOpeningContext(before) && char.IsLetter(after) && !IsClipped(text, at + 1, paragraph.End))
            {
                _open = at;
            }

            return;
        }

        if (mark is '’' or '\'' && !char.IsWhiteSpace(before) && IsClosingContext(after))
        {
            _open = -1;
        }
    }

    public void Forget() => _open = -1;

    private static bool IsOpeningContext(char before) =>
        char.IsWhiteSpace(before) || before is '(' or '[' or '—' or '–' or '“' or '"' or '«';

    private static bool IsClosingContext(char after) =>
        char.IsWhiteSpace(after) || after is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '—' or '–' or '…' or '”' or '"' or '»';

    private static bool IsClipped(string text, int from, int end)
    {
        var length = 0;
        while (from + length < end && char.IsLetter(text[from + length]))
        {
            length++;
        }

        return Clipped.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(from, length));
    }
}
