using Lint.Rules.Matching;

namespace Lint.Rules.Kinds.Attribution;

/// <summary>An attribution rule's keys, compiled: the claim categories, the attribution cues, and where attribution may come from.</summary>
public sealed record AttributionOptions(IReadOnlyList<ClaimCategory> Claims, PatternSet Cues, Carry Carry, MatchOptions Match);
