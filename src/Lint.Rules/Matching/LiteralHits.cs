namespace Lint.Rules.Matching;

/// <summary>
/// Where the literals of a <see cref="LiteralCatalog"/> occur in one article: each occurrence as a position
/// and a literal id, in order of position; and where the article has a letter that only a regex folds to
/// ASCII (see <see cref="LiteralCatalog"/>).
/// </summary>
public sealed class LiteralHits(int[] positions, int[] ids, int[] caseOutliers)
{
    public int Count => positions.Length;

    public int PositionAt(int index) => positions[index];

    public int IdAt(int index) => ids[index];

    /// <summary>The index of the first occurrence at or after <paramref name="position"/> (<see cref="Count"/> when none).</summary>
    public int FirstAtOrAfter(int position) => LowerBound(positions, position);

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
