namespace Lint.Rules.Kinds.Variants;

/// <summary>
/// The mergeable summary of a variants rule: for each term's key, each form seen and its tally. It holds
/// counts, not places, so its size grows with the vocabulary of the run, not with its length.
/// </summary>
/// <param name="capacity">How many keys are expected, so the table is not grown step by step.</param>
public sealed class VariantTallies(int capacity = 0)
{
    public Dictionary<string, List<FormTally>> ByKey { get; } = new(capacity, StringComparer.Ordinal);

    /// <summary>True when the run wrote this key in two forms or more: only then can a use of it be flagged.</summary>
    public bool IsContested(ReadOnlySpan<char> key) =>
        ByKey.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out var forms) && forms.Count > 1;

    /// <summary>The tallies of one story.</summary>
    public static VariantTallies Of(StoryTerms story, string path)
    {
        var tallies = new VariantTallies(story.ByKey.Count);
        foreach (var (key, forms) in story.ByKey)
        {
            var tallied = new List<FormTally>(forms.Count);
            foreach (var (form, uses) in forms)
            {
                var first = int.MaxValue;
                foreach (var use in uses)
                {
                    first = Math.Min(first, use.Span.Start);
                }

                tallied.Add(new FormTally(form, uses.Count, 1, path, first));
            }

            tallies.ByKey[key] = tallied;
        }

        return tallies;
    }

    public static VariantTallies Merge(VariantTallies first, VariantTallies second)
    {
        foreach (var (key, theirs) in second.ByKey)
        {
            if (!first.ByKey.TryGetValue(key, out var mine))
            {
                first.ByKey[key] = theirs;
                continue;
            }

            foreach (var tally in theirs)
            {
                if (mine.Find(t => t.Form == tally.Form) is { } same)
                {
                    same.Add(tally);
                }
                else
                {
                    mine.Add(tally);
                }
            }
        }

        return first;
    }
}
