using System.Collections.Concurrent;
using Lint.Text;

namespace Lint.Rules.Matching;

/// <summary>
/// Where the literals of a <see cref="LiteralCatalog"/> occur in one article: each occurrence as a position
/// and a literal id, in order of position; and where the article has a letter that only a regex folds to
/// ASCII (see <see cref="LiteralCatalog"/>). It also keeps the copies of the article's blocks and
/// sentences that patterns are run on, so the rules that search one block share one copy of it.
/// </summary>
public sealed class LiteralHits(int[] positions, int[] ids, int[] caseOutliers)
{
    private readonly ConcurrentDictionary<TextSpan, string> _slices = new();

    public int Count => positions.Length;

    public int PositionAt(int index) => positions[index];

    public int IdAt(int index) => ids[index];

    /// <summary>The index of the first occurrence at or after <paramref name="position"/> (<see cref="Count"/> when none).</summary>
    public int FirstAtOrAfter(int position) => LowerBound(positions, position);

    /// <summary>The text of <paramref name="span"/> of the article <paramref name="text"/>, copied once.</summary>
    public string Slice(string text, TextSpan span) =>
        _slices.GetOrAdd(span, static (s, t) => t.Substring(s.Start, s.Length), text);

    /// <summary>True when a letter between <paramref name="start"/> and <paramref name="end"/> makes the literal search unsafe.</summary>
    public bool HasCaseOutlier(int start, int end)
    {
        var i = LowerBound(caseOutliers, start);
        return i < caseOutliers.Length && caseOutliers[i] < end;
    }

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
