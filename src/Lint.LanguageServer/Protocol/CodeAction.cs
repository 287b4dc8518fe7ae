namespace Lint.LanguageServer.Protocol;

/// <summary>LSP <c>CodeAction</c>: a titled quick fix with the diagnostics it resolves and its workspace edit.</summary>
public sealed record CodeAction(string Title, string Kind, IReadOnlyList<LspDiagnostic>? Diagnostics, bool? IsPreferred, WorkspaceEdit Edit);
