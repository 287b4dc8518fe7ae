using System.Text.RegularExpressions;

namespace Lint.Rules.Kinds.Lifespan;

/// <summary>A lifespan rule's patterns, compiled: the story's date (group <c>year</c>), the birth year (group <c>year</c>) and the age at death (group <c>age</c>).</summary>
public sealed record LifespanPatterns(IReadOnlyList<Regex> Dated, IReadOnlyList<Regex> Born, IReadOnlyList<Regex> Died);
