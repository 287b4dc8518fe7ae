namespace Lint.Rules.Kinds.NameSpelling;

/// <summary>
/// The mergeable summary of a corpus name-spelling rule: in how many stories each name word and each pair
/// of neighbouring capitalized words is used. Counts, not places, so it grows with the names of the run.
/// </summary>
public sealed class NameTally
{
    private Dictionary<string, List<(string Word, bool Left)>>? _byNeighbour;

    public Dictionary<string, int> Words { get; } = new(StringComparer.Ordinal);

    public Dictionary<(string Left, string Right), int> Pairs { get; } = [];

    public static NameTally Of(StoryNames story)
    {
        var tally = new NameTally();
        foreach (var word in story.Uses.Keys)
        {
            tally.Words[word] = 1;
        }

        foreach (var pair in story.Pairs)
        {
            tally.Pairs[pair] = 1;
        }

        return tally;
    }

    public static NameTally Merge(NameTally first, NameTally second)
    {
        foreach (var (word, stories) in second.Words)
        {
            first.Words[word] = first.Words.GetValueOrDefault(word) + stories;
        }

        foreach (var (pair, stories) in second.Pairs)
        {
            first.Pairs[pair] = first.Pairs.GetValueOrDefault(pair) + stories;
        }

        first._byNeighbour = null;
        return first;
    }

    public int StoriesOf(string word) => Words.GetValueOrDefault(word);

    /// <summary>
    /// The words written next to <paramref name="neighbour"/> in at least <paramref name="min"/> stories:
    /// before it when <paramref name="left"/>, after it otherwise.
    /// </summary>
    public IEnumerable<string> NextTo(string neighbour, bool left, int min)
    {
        var index = _byNeighbour ??= Index();
        return index.TryGetValue(neighbour, out var words)
            ? words.Where(w => w.Left == left && Pairs[left ? (w.Word, neighbour) : (neighbour, w.Word)] >= min).Select(w => w.Word)
            : [];
    }

    private Dictionary<string, List<(string Word, bool Left)>> Index()
    {
        var index = new Dictionary<string, List<(string, bool)>>(StringComparer.Ordinal);
        foreach (var (left, right) in Pairs.Keys)
        {
            Add(right, left, true);
            Add(left, right, false);
        }

        return index;

        void Add(string key, string word, bool isLeft)
        {
            if (!index.TryGetValue(key, out var list))
            {
                index[key] = list = [];
            }

            list.Add((word, isLeft));
        }
    }
}
