using Lint.LanguageServer.Diagnostics;
using Lint.LanguageServer.Documents;
using Lint.LanguageServer.Protocol;

namespace Lint.LanguageServer.CodeActions;

/// <summary>
/// The code actions for the Lint diagnostics a client sends back: each diagnostic's own fix (read from its
/// <c>data</c>, offered only while the document is still at the version the fix was made for) and, in
/// Markdown and HTML, "Disable Rule.Id for this file".
/// </summary>
public static class QuickFixes
{
    public const string Kind = "quickfix";

    public static IReadOnlyList<CodeAction> For(OpenDocument document, CodeActionParams request, FindingsStore findings, bool versionedEdits)
    {
        if (request.Context?.Only is { } only && !only.Any(k => k == Kind || Kind.StartsWith(k + ".", StringComparison.Ordinal) || k.Length == 0))
        {
            return [];
        }

        var actions = new List<CodeAction>();
        var disabled = new HashSet<string>(StringComparer.Ordinal);
        foreach (var diagnostic in request.Context?.Diagnostics ?? [])
        {
            var data = DiagnosticConverter.ReadData(diagnostic) ?? DataFromStore(document.Uri, diagnostic, findings);
            if (data is null)
            {
                continue;
            }

            if (data is { FixTitle: { } title, Edits: { Count: > 0 } edits } && data.Version == document.Version)
            {
                actions.Add(new CodeAction(title, Kind, [diagnostic], true, Edit(document, edits, versionedEdits)));
            }

            if (disabled.Add(data.RuleId) && DisableRuleComment.For(document, data.RuleId) is { } comment)
            {
                actions.Add(new CodeAction($"Disable {data.RuleId} for this file", Kind, [diagnostic], false, Edit(document, [comment], versionedEdits)));
            }
        }

        return actions;
    }

    /// <summary>For a client that does not send <c>data</c> back: the same diagnostic among the latest findings.</summary>
    private static FixData? DataFromStore(string uri, LspDiagnostic diagnostic, FindingsStore findings) =>
        diagnostic.Source != DiagnosticConverter.Source || diagnostic.Data is not null
            ? null
            : findings.Latest(uri)?.Items
                .Where(i => i.Code == diagnostic.Code && i.Range == diagnostic.Range)
                .Select(DiagnosticConverter.ReadData)
                .FirstOrDefault(d => d is not null);

    private static WorkspaceEdit Edit(OpenDocument document, IReadOnlyList<LspTextEdit> edits, bool versioned) =>
        versioned
            ? new WorkspaceEdit(DocumentChanges: [new TextDocumentEdit(new VersionedTextDocumentIdentifier(document.Uri, document.Version), edits)])
            : new WorkspaceEdit(Changes: new Dictionary<string, IReadOnlyList<LspTextEdit>> { [document.Uri] = edits });
}
