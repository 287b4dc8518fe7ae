namespace Lint.LanguageServer.Protocol;

/// <summary>LSP <c>ServerCapabilities</c>: only what the server implements; an absent member is not advertised.</summary>
public sealed record ServerCapabilities(
    TextDocumentSyncOptions TextDocumentSync,
    CodeActionOptions CodeActionProvider,
    DiagnosticOptions? DiagnosticProvider);
