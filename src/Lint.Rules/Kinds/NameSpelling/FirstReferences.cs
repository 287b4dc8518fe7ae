namespace Lint.Rules.Kinds.NameSpelling;

/// <summary>
/// A copy editor checks a later reference against the first: "Ruth Pellingham" introduced, then "Pellinghams
/// said". A speaker's name word one letter away from a name the story introduced after a first name (or a
/// plural "s" away: a person is not a plural) is a misspelling, however often each is used, unless the story
/// gives it a first name of its own. Speakers' names are checked down to four letters, shorter than other
/// names, since a speaker the story never introduced is itself a fault.
/// </summary>
internal static class FirstReferences
{
    public static IEnumerable<(string Rare, string Introduced)> Misspelled(StoryNames story, HashSet<string> flagged, int minLength)
    {
        var uses = story.Uses;
        foreach (var rare in story.Speakers.Where(uses.ContainsKey).Order(StringComparer.Ordinal))
        {
            if (flagged.Contains(rare) || rare.Length < minLength)
            {
                continue;
            }

            // The spelling tests first: they are cheap, and rule out nearly every word before the story's pairs are read.
            var rareFirst = FirstWords(story, rare);
            var introduced = uses.Keys
                .Where(u => u != rare && !flagged.Contains(u) && uses[u].Count >= uses[rare].Count)
                .Where(u => IsPluralOf(rare, u) || NameSpellingAnalyzer.IsMisspelling(u, rare) || IsShortNearMiss(u, rare, minLength))
                .Where(u => FirstWords(story, u) is { Count: > 0 } first && rareFirst.IsSubsetOf(first))
                .Where(u => !NameSpellingAnalyzer.IsOtherPerson(story, u, rare) && !NameSpellingAnalyzer.ArePlaceAndPeople(u, rare))
                .Order(StringComparer.Ordinal)
                .FirstOrDefault();
            if (introduced is not null)
            {
                yield return (rare, introduced);
            }
        }
    }

    /// <summary>The name words written just before <paramref name="word"/>: "Ruth" for "Pellingham", "Brandvold" for "Entsorgung".</summary>
    private static HashSet<string> FirstWords(StoryNames story, string word) =>
        [.. story.Pairs.Where(p => p.Right == word && StoryNames.IsNameWord(p.Left)).Select(p => p.Left)];

    /// <summary>
    /// A short speaker's name one letter from the name introduced ("Sabo said" after "Renata Szabo"): a speaker
    /// the story never introduced is checked down to <paramref name="minLength"/> letters. A difference of case
    /// alone is NameVariants'.
    /// </summary>
    private static bool IsShortNearMiss(string name, string rare, int minLength) =>
        Math.Min(name.Length, rare.Length) >= minLength && EditDistance.IsNearMiss(name, rare)
        && !string.Equals(name, rare, StringComparison.OrdinalIgnoreCase);

    private static bool IsPluralOf(string rare, string name) =>
        rare.Length == name.Length + 1 && rare[^1] == 's' && rare.StartsWith(name, StringComparison.Ordinal);
}
