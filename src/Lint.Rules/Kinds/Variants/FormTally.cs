namespace Lint.Rules.Kinds.Variants;

/// <summary>
/// How one form of a term is used across the stories of a run: how often, in how many stories, and where
/// first (the first story by path, the lowest offset), which settles a tie between two forms.
/// </summary>
public sealed class FormTally(string form, int count, int stories, string firstPath, int firstStart)
{
    public string Form { get; } = form;

    public int Count { get; private set; } = count;

    public int Stories { get; private set; } = stories;

    public string FirstPath { get; private set; } = firstPath;

    public int FirstStart { get; private set; } = firstStart;

    /// <summary>Adds the uses counted in other stories.</summary>
    public void Add(FormTally other)
    {
        Count += other.Count;
        Stories += other.Stories;
        if (string.CompareOrdinal(other.FirstPath, FirstPath) < 0)
        {
            FirstPath = other.FirstPath;
        }

        FirstStart = Math.Min(FirstStart, other.FirstStart);
    }
}
