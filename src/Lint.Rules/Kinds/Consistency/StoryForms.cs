namespace Lint.Rules.Kinds.Consistency;

/// <summary>The uses of each side of each pair in one story, in text order.</summary>
public sealed class StoryForms(int pairs)
{
    public List<Occurrence>[] Left { get; } = [.. Enumerable.Range(0, pairs).Select(_ => new List<Occurrence>())];

    public List<Occurrence>[] Right { get; } = [.. Enumerable.Range(0, pairs).Select(_ => new List<Occurrence>())];
}
