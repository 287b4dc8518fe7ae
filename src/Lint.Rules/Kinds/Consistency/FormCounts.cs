namespace Lint.Rules.Kinds.Consistency;

/// <summary>
/// The mergeable summary of a consistency rule: for each pair, the tally of each side. It holds counts,
/// not places, so it stays small however many stories a run reads.
/// </summary>
public sealed class FormCounts(SideTally[] left, SideTally[] right)
{
    public SideTally[] Left { get; } = left;

    public SideTally[] Right { get; } = right;

    public static FormCounts Of(StoryForms story, string path) =>
        new([.. story.Left.Select(l => SideTally.Of(l, path))], [.. story.Right.Select(r => SideTally.Of(r, path))]);

    public static FormCounts Merge(FormCounts first, FormCounts second)
    {
        for (var i = 0; i < first.Left.Length; i++)
        {
            first.Left[i].Add(second.Left[i]);
            first.Right[i].Add(second.Right[i]);
        }

        return first;
    }
}
