using Lint.LanguageServer.Analysis;
using Lint.LanguageServer.Diagnostics;
using Lint.LanguageServer.Documents;
using Lint.LanguageServer.Protocol;
using Lint.LanguageServer.Session;
using Lint.LanguageServer.Transport;
using Microsoft.Extensions.Logging;
using StreamJsonRpc;

namespace Lint.LanguageServer.Handlers;

/// <summary>
/// Document sync: <c>didOpen</c>, <c>didChange</c> (incremental), <c>didClose</c> and <c>didSave</c>. Each
/// only updates the open text and asks for a lint pass, so the protocol loop never waits for rules.
/// </summary>
public sealed class TextDocumentHandlers(
    ServerSession session,
    DocumentStore documents,
    FindingsStore findings,
    LintScheduler scheduler,
    LanguageClient client,
    IRuleSetProvider rules,
    ILogger logger)
{
    [JsonRpcMethod("textDocument/didOpen", UseSingleObjectParameterDeserialization = true)]
    public void DidOpen(DidOpenTextDocumentParams parameters)
    {
        if (session.Lifecycle.IsRunning)
        {
            documents.Open(parameters.TextDocument);
            scheduler.Request();
        }
    }

    [JsonRpcMethod("textDocument/didChange", UseSingleObjectParameterDeserialization = true)]
    public void DidChange(DidChangeTextDocumentParams parameters)
    {
        if (!session.Lifecycle.IsRunning)
        {
            return;
        }

        var uri = parameters.TextDocument.Uri;
        try
        {
            documents.Change(uri, parameters.TextDocument.Version ?? 0, parameters.ContentChanges);
            scheduler.Request(uri);
        }
        catch (KeyNotFoundException)
        {
            logger.LogWarning("Ignored a change to {Uri}, which was never opened.", uri);
        }
        catch (ArgumentException ex)
        {
            logger.LogError("Could not apply a change to {Uri}: {Message}. Close and reopen the document to resynchronize it.", uri, ex.Message);
        }
    }

    [JsonRpcMethod("textDocument/didClose", UseSingleObjectParameterDeserialization = true)]
    public async Task DidCloseAsync(DidCloseTextDocumentParams parameters)
    {
        if (!session.Lifecycle.IsRunning)
        {
            return;
        }

        var uri = parameters.TextDocument.Uri;
        var wasOpen = documents.Close(uri);
        findings.Remove(uri, ProtocolError.InvalidParams($"{uri} was closed."));
        scheduler.Request(uri);
        if (wasOpen && !session.Features.PullDiagnostics)
        {
            await client.PublishDiagnosticsAsync(new PublishDiagnosticsParams(uri, null, []));
        }
    }

    [JsonRpcMethod("textDocument/didSave", UseSingleObjectParameterDeserialization = true)]
    public void DidSave(DidSaveTextDocumentParams parameters)
    {
        if (!session.Lifecycle.IsRunning)
        {
            return;
        }

        if (DocumentUri.ToLocalPath(parameters.TextDocument.Uri) is { } path && RuleFiles.IsRuleFile(path))
        {
            logger.LogInformation("{Path} was saved: reloading the rules.", path);
            rules.Reload();
            scheduler.Request();
        }
    }
}
