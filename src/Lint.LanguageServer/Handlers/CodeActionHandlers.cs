using Lint.LanguageServer.CodeActions;
using Lint.LanguageServer.Diagnostics;
using Lint.LanguageServer.Documents;
using Lint.LanguageServer.Protocol;
using Lint.LanguageServer.Session;
using Lint.LanguageServer.Transport;
using StreamJsonRpc;

namespace Lint.LanguageServer.Handlers;

/// <summary><c>textDocument/codeAction</c>: quick fixes for the Lint diagnostics the client sends back.</summary>
public sealed class CodeActionHandlers(ServerSession session, DocumentStore documents, FindingsStore findings)
{
    [JsonRpcMethod("textDocument/codeAction", UseSingleObjectParameterDeserialization = true)]
    public IReadOnlyList<CodeAction> CodeAction(CodeActionParams parameters)
    {
        session.Lifecycle.EnsureRunning();
        var uri = parameters.TextDocument.Uri;
        var document = documents.Find(uri) ?? throw ProtocolError.InvalidParams($"{uri} is not open: open it with textDocument/didOpen first.");
        return QuickFixes.For(document, parameters, findings, session.Features.VersionedEdits);
    }
}
