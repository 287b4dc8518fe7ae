using Lint.Text;

namespace Lint.Rules.Kinds.Counts;

/// <summary>A count of things as a story gives it: where, how many, and what ("14 households": 14, "household").</summary>
public readonly record struct Count(TextSpan Span, double Value, string Thing);
