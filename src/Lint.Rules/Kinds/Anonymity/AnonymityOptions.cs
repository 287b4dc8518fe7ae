using Lint.Rules.Matching;

namespace Lint.Rules.Kinds.Anonymity;

/// <summary>
/// An anonymity rule's keys, compiled: the words that find a source by its noun, phrases that are unnamed
/// sources as written, reasons for anonymity, descriptions of a source's position, and a source named in the sentence
/// after it.
/// </summary>
public sealed record AnonymityOptions(SourceFinder? Finder, PatternSet? Sources, PatternSet? Reasons, PatternSet? Described, PatternSet? Named, MatchOptions Match);
