namespace Lint.LanguageServer.Protocol;

/// <summary>LSP <c>TextEdit</c>: replace <see cref="Range"/> with <see cref="NewText"/>.</summary>
public sealed record LspTextEdit(Range Range, string NewText);
