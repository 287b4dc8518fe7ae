namespace Lint.LanguageServer.Protocol;

/// <summary>LSP <c>TextDocumentItem</c>: a document as the client opened it, with its whole text.</summary>
public sealed record TextDocumentItem(string Uri, int Version, string Text, string? LanguageId = null);
