namespace Lint.LanguageServer.Protocol;

/// <summary>LSP <c>TextDocumentIdentifier</c>: names a document by its URI.</summary>
public sealed record TextDocumentIdentifier(string Uri);
