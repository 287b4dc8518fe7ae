using Lint.Text;

namespace Lint.Rules.Kinds.Anonymity;

/// <summary>A source a sentence quotes, found by its noun.</summary>
/// <param name="Span">From its determiner (or "according to") to its speech verb: "one county official said".</param>
/// <param name="Noun">Its noun, singular and in lower case (see <see cref="SourceNoun"/>).</param>
/// <param name="Described">
/// A group described by its office rather than an unnamed source ("City officials said", "officials at the
/// agency said"): not flagged, and a later "one official said" refers back to it.
/// </param>
/// <param name="Bare">A plural with no determiner, modifier or qualifier, unnamed only by the <c>bare</c> list: "officials said".</param>
public sealed record SourceMention(TextSpan Span, string Noun, bool Described, bool Bare = false);
