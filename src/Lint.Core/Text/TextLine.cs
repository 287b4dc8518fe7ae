namespace Lint.Text;

/// <summary>One line of a <see cref="SourceText"/>: its span without the line break, and the span with it.</summary>
public readonly record struct TextLine(int LineNumber, TextSpan Span, TextSpan SpanIncludingLineBreak);
