namespace Lint.LanguageServer.Protocol;

/// <summary>
/// LSP <c>WorkspaceEdit</c>: <see cref="DocumentChanges"/> (versioned) when the client supports them,
/// otherwise <see cref="Changes"/> keyed by URI.
/// </summary>
public sealed record WorkspaceEdit(
    IReadOnlyDictionary<string, IReadOnlyList<LspTextEdit>>? Changes = null,
    IReadOnlyList<TextDocumentEdit>? DocumentChanges = null);
