namespace Lint.LanguageServer.Protocol;

/// <summary>The parameters of <c>textDocument/didClose</c>.</summary>
public sealed record DidCloseTextDocumentParams(TextDocumentIdentifier TextDocument);
