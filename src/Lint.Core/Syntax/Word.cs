using Lint.Text;

namespace Lint.Syntax;

/// <summary>A word of a sentence: letters and digits, with inner apostrophes, hyphens and abbreviation dots.</summary>
public readonly record struct Word(TextSpan Span);
