using Lint.LanguageServer.Diagnostics;
using Lint.LanguageServer.Documents;
using Lint.LanguageServer.Protocol;
using Lint.LanguageServer.Session;
using Lint.LanguageServer.Transport;
using StreamJsonRpc;

namespace Lint.LanguageServer.Handlers;

/// <summary>
/// Pull diagnostics (LSP 3.17 <c>textDocument/diagnostic</c>): the findings of the document's current
/// version, waiting for its lint pass if it is still running; "unchanged" when the client already has them.
/// </summary>
public sealed class DiagnosticHandlers(ServerSession session, DocumentStore documents, FindingsStore findings)
{
    [JsonRpcMethod("textDocument/diagnostic", UseSingleObjectParameterDeserialization = true)]
    public async Task<DocumentDiagnosticReport> DiagnosticAsync(DocumentDiagnosticParams parameters, CancellationToken cancellationToken)
    {
        session.Lifecycle.EnsureRunning();
        var uri = parameters.TextDocument.Uri;
        var document = documents.Find(uri) ?? throw ProtocolError.InvalidParams($"{uri} is not open: open it with textDocument/didOpen first.");
        var latest = await findings.WaitAsync(uri, document.Version, cancellationToken);
        return parameters.PreviousResultId == latest.ResultId
            ? DocumentDiagnosticReport.Unchanged(latest.ResultId)
            : DocumentDiagnosticReport.Full(latest.ResultId, latest.Items);
    }
}
