namespace Lint.LanguageServer.Protocol;

/// <summary>
/// The answer to <c>textDocument/diagnostic</c>: a full report (<c>kind: "full"</c> with the items), or
/// <c>kind: "unchanged"</c> when the client already has the findings of <see cref="ResultId"/>.
/// </summary>
public sealed record DocumentDiagnosticReport(string Kind, string ResultId, IReadOnlyList<LspDiagnostic>? Items)
{
    public static DocumentDiagnosticReport Full(string resultId, IReadOnlyList<LspDiagnostic> items) => new("full", resultId, items);

    public static DocumentDiagnosticReport Unchanged(string resultId) => new("unchanged", resultId, null);
}
