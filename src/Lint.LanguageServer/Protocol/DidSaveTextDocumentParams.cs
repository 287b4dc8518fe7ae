namespace Lint.LanguageServer.Protocol;

/// <summary>The parameters of <c>textDocument/didSave</c> (the server does not ask for the text).</summary>
public sealed record DidSaveTextDocumentParams(TextDocumentIdentifier TextDocument);
