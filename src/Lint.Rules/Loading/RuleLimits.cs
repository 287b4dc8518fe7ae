namespace Lint.Rules.Loading;

/// <summary>
/// How big and how deep a rule file may be. Every rule in the default pack is far inside these limits; a
/// file past one is reported at the place it goes over, naming the limit, and left out, so a hostile or
/// broken rule cannot exhaust the stack or the memory of the run that loads it.
/// </summary>
public sealed record RuleLimits
{
    public static RuleLimits Default { get; } = new();

    /// <summary>The largest rule file, in characters (the default pack's largest is under 50,000).</summary>
    public int MaxFileLength { get; init; } = 1024 * 1024;

    /// <summary>How deep lists and mappings may nest in a rule file (the default pack goes 4 deep).</summary>
    public int MaxYamlDepth { get; init; } = 64;

    /// <summary>The longest pattern, in characters, once a rule's entries are joined into one.</summary>
    public int MaxPatternLength { get; init; } = 100_000;

    /// <summary>How deep the groups of a pattern may nest.</summary>
    public int MaxPatternNesting { get; init; } = 100;
}
