namespace Lint.LanguageServer.Protocol;

/// <summary>LSP <c>TextDocumentEdit</c>: edits for one version of one document; a client refuses them for another version.</summary>
public sealed record TextDocumentEdit(VersionedTextDocumentIdentifier TextDocument, IReadOnlyList<LspTextEdit> Edits);
