using Lint.Rules.Matching;

namespace Lint.Rules.Kinds.Anonymity;

/// <summary>
/// An anonymity rule's keys, compiled: the words that find a source by its noun, phrases that are unnamed
/// sources as written, reasons for anonymity, and descriptions of a source's position.
/// </summary>
/// <param name="SpeechWords">The one-word speech verbs ("said", "told"), lower case: what a source says after one of them is its
/// account, so a "because" there explains the news, not the anonymity.</param>
public sealed record AnonymityOptions(SourceFinder? Finder, PatternSet? Sources, PatternSet? Reasons, PatternSet? Described, MatchOptions Match, IReadOnlySet<string> SpeechWords);
