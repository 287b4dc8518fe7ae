namespace Lint.LanguageServer.Protocol;

/// <summary>The parameters of <c>textDocument/codeAction</c>.</summary>
public sealed record CodeActionParams(TextDocumentIdentifier TextDocument, Range Range, CodeActionContext? Context = null);
