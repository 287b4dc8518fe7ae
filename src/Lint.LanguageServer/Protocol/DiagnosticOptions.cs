namespace Lint.LanguageServer.Protocol;

/// <summary>
/// LSP <c>DiagnosticOptions</c> (pull diagnostics). <see cref="InterFileDependencies"/> is true because
/// corpus rules compare stories: editing one can change the findings in another.
/// </summary>
public sealed record DiagnosticOptions(string Identifier, bool InterFileDependencies, bool WorkspaceDiagnostics);
