namespace Lint.Rules.Kinds.Anonymity;

/// <summary>
/// The noun that names a source ("official", "source", "person"), from a pattern's <c>who</c> group, in one
/// form: lower case and singular, so "Officials" later in a story matches "senior U.S. officials" before it.
/// </summary>
public static class SourceNoun
{
    /// <summary>Stands for every noun: a description without a <c>who</c> group describes any source in its sentence.</summary>
    public const string Any = "*";

    public static string? Of(Matching.PatternMatch match)
    {
        var group = match.Match.Groups["who"];
        return group.Success ? Normalize(group.Value) : null;
    }

    public static string Normalize(string noun)
    {
        var lower = noun.ToLowerInvariant();
        return lower switch
        {
            "people" or "persons" => "person",
            _ when lower.Length > 3 && lower.EndsWith('s') && !lower.EndsWith("ss", StringComparison.Ordinal) => lower[..^1],
            _ => lower,
        };
    }
}
