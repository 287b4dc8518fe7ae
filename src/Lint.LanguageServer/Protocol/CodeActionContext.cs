namespace Lint.LanguageServer.Protocol;

/// <summary>LSP <c>CodeActionContext</c>: the diagnostics the client shows in the range, and which kinds it wants.</summary>
public sealed record CodeActionContext(IReadOnlyList<LspDiagnostic> Diagnostics, IReadOnlyList<string>? Only = null);
