namespace Lint.LanguageServer.Protocol;

/// <summary>The parameters of <c>textDocument/publishDiagnostics</c>: every finding in one version of a document.</summary>
public sealed record PublishDiagnosticsParams(string Uri, int? Version, IReadOnlyList<LspDiagnostic> Diagnostics);
