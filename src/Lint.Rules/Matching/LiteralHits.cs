using System.Collections.Concurrent;
using Lint.Text;

namespace Lint.Rules.Matching;

/// <summary>
/// Where the literals of a <see cref="LiteralCatalog"/> occur in one article: each occurrence as a position
/// and a literal id, in order of position; and where the article has a letter that only a regex folds to
/// ASCII (see <see cref="LiteralCatalog"/>). The article is searched on the first question about its
/// literals, not before: when every pattern set finds its answers in its <see cref="MatchMemo"/>, it is
/// never searched. It also keeps the copies of the article's blocks and sentences that patterns are run
/// on, so the rules that search one block share one copy of it (the copy an earlier article made, when one
/// held the same text: see <see cref="SeenTexts"/>).
/// </summary>
public sealed class LiteralHits
{
    private readonly ConcurrentDictionary<TextSpan, (string Text, bool Seen)> _slices = new();
    private readonly string _text;
    private readonly Func<string, Occurrences> _search;
    private readonly SeenTexts _seen;
    private Occurrences? _found;

    internal LiteralHits(string text, Func<string, Occurrences> search, SeenTexts seen)
    {
        _text = text;
        _search = search;
        _seen = seen;
    }

    public int Count => Found.Positions.Length;

    private Occurrences Found
    {
        get
        {
            if (Volatile.Read(ref _found) is { } found)
            {
                return found;
            }

            lock (_slices)
            {
                return _found ??= _search(_text);
            }
        }
    }

    public int PositionAt(int index) => Found.Positions[index];

    public int IdAt(int index) => Found.Ids[index];

    /// <summary>The index of the first occurrence at or after <paramref name="position"/> (<see cref="Count"/> when none).</summary>
    public int FirstAtOrAfter(int position) => LowerBound(Found.Positions, position);

    /// <summary>The text of <paramref name="span"/> of the article, copied once.</summary>
    public string Slice(TextSpan span) => SliceSeen(span).Text;

    /// <summary>As <see cref="Slice"/>, and whether an earlier article held the same text (it is then that article's copy).</summary>
    internal (string Text, bool Seen) SliceSeen(TextSpan span) =>
        _slices.GetOrAdd(span, static (s, hits) => (hits._seen.Intern(hits._text.AsSpan(s.Start, s.Length), out var seen), seen), this);

    /// <summary>True when a letter between <paramref name="start"/> and <paramref name="end"/> makes the literal search unsafe.</summary>
    public bool HasCaseOutlier(int start, int end)
    {
        var outliers = Found.CaseOutliers;
        var i = LowerBound(outliers, start);
        return i < outliers.Length && outliers[i] < end;
    }

    /// <summary>Every occurrence (by position, with each literal's id) and every case outlier of one article.</summary>
    internal sealed record Occurrences(int[] Positions, int[] Ids, int[] CaseOutliers);

    private static int LowerBound(int[] sorted, int value)
    {
        var index = Array.BinarySearch(sorted, value);
        if (index < 0)
        {
            return ~index;
        }

        while (index > 0 && sorted[index - 1] == value)
        {
            index--;
        }

        return index;
    }
}
