using Lint.Rules.Matching;

namespace Lint.Rules.Kinds.Anonymity;

/// <summary>
/// An anonymity rule's keys, compiled: the words that find a source by its noun, phrases that are unnamed
/// sources as written, reasons for anonymity, and descriptions of a source's position.
/// </summary>
public sealed record AnonymityOptions(SourceFinder? Finder, PatternSet? Sources, PatternSet? Reasons, PatternSet? Described, MatchOptions Match);
