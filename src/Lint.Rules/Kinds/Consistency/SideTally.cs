namespace Lint.Rules.Kinds.Consistency;

/// <summary>
/// How one side of a pair is used across the stories of a run: how often, in how many stories, how often
/// each spelling of it (for the one to suggest), and its first use (the first story by path, then the
/// lowest offset there), which settles a tie.
/// </summary>
public sealed class SideTally
{
    public int Count { get; private set; }

    public int Stories { get; private set; }

    public string FirstPath { get; private set; } = string.Empty;

    public int FirstStart { get; private set; }

    public Dictionary<string, int> Spellings { get; } = new(StringComparer.Ordinal);

    public static SideTally Of(IReadOnlyList<Occurrence> story, string path)
    {
        var tally = new SideTally { Count = story.Count, Stories = story.Count > 0 ? 1 : 0, FirstPath = path };
        if (story.Count > 0)
        {
            tally.FirstStart = story.Min(o => o.Span.Start);
        }

        foreach (var occurrence in story)
        {
            tally.Spellings[occurrence.Text] = tally.Spellings.GetValueOrDefault(occurrence.Text) + 1;
        }

        return tally;
    }

    /// <summary>Adds the uses counted in other stories.</summary>
    public void Add(SideTally other)
    {
        if (other.Count == 0)
        {
            return;
        }

        var byPath = string.CompareOrdinal(other.FirstPath, FirstPath);
        if (Count == 0 || byPath < 0 || (byPath == 0 && other.FirstStart < FirstStart))
        {
            (FirstPath, FirstStart) = (other.FirstPath, other.FirstStart);
        }

        Count += other.Count;
        Stories += other.Stories;
        foreach (var (text, count) in other.Spellings)
        {
            Spellings[text] = Spellings.GetValueOrDefault(text) + count;
        }
    }
}
