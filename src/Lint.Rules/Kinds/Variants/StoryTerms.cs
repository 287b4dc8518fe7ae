namespace Lint.Rules.Kinds.Variants;

/// <summary>
/// The names and terms of one story, by key (the term in lower case without dots, hyphens or spaces, so
/// "U.S." and "US" share one) and then by form (the text with a sentence-initial capital undone), with
/// each use. Read once to count the forms and again to report the losing ones.
/// </summary>
/// <param name="capacity">How many keys the story is expected to hold (its words, at most), so the table is not grown step by step.</param>
public sealed class StoryTerms(int capacity = 0)
{
    public Dictionary<string, List<(string Form, List<TermUse> Uses)>> ByKey { get; } = new(capacity, StringComparer.Ordinal);

    public void Add(string key, string form, TermUse use)
    {
        if (!ByKey.TryGetValue(key, out var forms))
        {
            ByKey[key] = forms = [];
        }

        foreach (var (known, uses) in forms)
        {
            if (known == form)
            {
                uses.Add(use);
                return;
            }
        }

        forms.Add((form, [use]));
    }
}
