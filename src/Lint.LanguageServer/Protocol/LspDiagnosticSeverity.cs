namespace Lint.LanguageServer.Protocol;

/// <summary>LSP <c>DiagnosticSeverity</c>, sent as its number.</summary>
public enum LspDiagnosticSeverity
{
    Error = 1,
    Warning = 2,
    Information = 3,
    Hint = 4,
}
