namespace Lint.LanguageServer.Protocol;

/// <summary>The parameters of <c>textDocument/didChange</c>: the new version and the changes, to apply in order.</summary>
public sealed record DidChangeTextDocumentParams(VersionedTextDocumentIdentifier TextDocument, IReadOnlyList<TextDocumentContentChangeEvent> ContentChanges);
