namespace Lint.LanguageServer.Protocol;

/// <summary>The parameters of <c>textDocument/diagnostic</c> (LSP 3.17 pull diagnostics).</summary>
public sealed record DocumentDiagnosticParams(TextDocumentIdentifier TextDocument, string? Identifier = null, string? PreviousResultId = null);
