namespace Lint.Rules.Kinds.Consistency;

/// <summary>
/// The mergeable summary of a consistency rule: for each pair, the uses of each side. Merging two
/// summaries (of two stories, or two shards of an archive) appends their uses.
/// </summary>
public sealed class FormCounts
{
    public FormCounts(int pairs)
    {
        Left = Enumerable.Range(0, pairs).Select(_ => new List<Occurrence>()).ToArray();
        Right = Enumerable.Range(0, pairs).Select(_ => new List<Occurrence>()).ToArray();
    }

    public List<Occurrence>[] Left { get; }

    public List<Occurrence>[] Right { get; }

    public static FormCounts Merge(FormCounts first, FormCounts second)
    {
        for (var i = 0; i < first.Left.Length; i++)
        {
            first.Left[i].AddRange(second.Left[i]);
            first.Right[i].AddRange(second.Right[i]);
        }

        return first;
    }
}
