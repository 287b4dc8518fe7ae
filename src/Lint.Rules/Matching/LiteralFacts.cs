namespace Lint.Rules.Matching;

/// <summary>
/// What is known of one part of a pattern: <see cref="Exact"/> when it matches exactly one of these strings;
/// <see cref="Required"/> when the text must contain one of them (inside the match, or where a lookaround looks).
/// </summary>
internal sealed record LiteralFacts(HashSet<string>? Exact, HashSet<string>? Required)
{
    public static readonly LiteralFacts Unknown = new(null, null);

    public static LiteralFacts Empty => Literal(string.Empty);

    public static LiteralFacts Literal(params string[] strings) => new(new HashSet<string>(strings, StringComparer.OrdinalIgnoreCase), null);

    /// <summary>The strings the text must contain for a match, or null; never a set that holds the empty string.</summary>
    public HashSet<string>? Needed => field ??= Best([.. new[] { Exact, Required }.OfType<HashSet<string>>()]);

    /// <summary>Of several sets any of which would do, the one with the longest shortest string (fewest hits).
    /// The first such set wins a tie, as a stable sort would have it.</summary>
    public static HashSet<string>? Best(List<HashSet<string>> candidates)
    {
        HashSet<string>? best = null;
        var bestShortest = 0;
        foreach (var candidate in candidates)
        {
            if (candidate.Count == 0 || candidate.Contains(string.Empty))
            {
                continue;
            }

            var shortest = int.MaxValue;
            foreach (var s in candidate)
            {
                shortest = Math.Min(shortest, s.Length);
            }

            if (best is null || shortest > bestShortest || (shortest == bestShortest && candidate.Count < best.Count))
            {
                (best, bestShortest) = (candidate, shortest);
            }
        }

        return best;
    }
}
