using Lint.Rules.Matching;

namespace Lint.Rules.Kinds.Anonymity;

/// <summary>An anonymity rule's keys, compiled: unnamed sources, reasons for anonymity, and descriptions of a source's position.</summary>
public sealed record AnonymityOptions(PatternSet Sources, PatternSet? Reasons, PatternSet? Described, MatchOptions Match);
