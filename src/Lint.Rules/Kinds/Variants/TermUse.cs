using Lint.Text;

namespace Lint.Rules.Kinds.Variants;

/// <summary>One use of a name or term in a story: where, the text as written, and whether it opens a sentence.</summary>
public readonly record struct TermUse(TextSpan Span, string Text, bool Initial);
