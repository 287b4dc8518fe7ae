using Lint.Text;

namespace Lint.Rules.Kinds.Variants;

/// <summary>
/// One use of a name or term in a story: where, the text as written, whether it opens a sentence, and whether
/// it is a word of a longer capitalized name ("Harrow Healthcare Workers United").
/// </summary>
public readonly record struct TermUse(TextSpan Span, string Text, bool Initial, bool InName = false);
