using Lint.Text;

namespace Lint.Rules.Kinds.Consistency;

/// <summary>One use of a form in a story: where it is and how it was written there.</summary>
public readonly record struct Occurrence(TextSpan Span, string Text);
