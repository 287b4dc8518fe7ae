namespace Lint.LanguageServer.Protocol;

/// <summary>The parameters of <c>textDocument/didOpen</c>.</summary>
public sealed record DidOpenTextDocumentParams(TextDocumentItem TextDocument);
