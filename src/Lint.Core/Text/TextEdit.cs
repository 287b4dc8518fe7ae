namespace Lint.Text;

/// <summary>Replace the text in <paramref name="Span"/> with <paramref name="NewText"/>. An empty span inserts; empty text deletes.</summary>
public sealed record TextEdit(TextSpan Span, string NewText);
