namespace Lint.LanguageServer.Tests.Harness;

/// <summary>Client capabilities as editors send them in <c>initialize</c>, trimmed to what matters here.</summary>
internal static class Capabilities
{
    /// <summary>An LSP 3.16-style client: diagnostics are pushed, edits are plain, no dynamic registration.</summary>
    public static object Push { get; } = new
    {
        textDocument = new { publishDiagnostics = new { relatedInformation = true }, codeAction = new { } },
        workspace = new { applyEdit = true },
    };

    /// <summary>An LSP 3.17 client: it pulls diagnostics, takes refreshes and versioned edits, and watches files for the server.</summary>
    public static object Pull { get; } = new
    {
        textDocument = new { diagnostic = new { dynamicRegistration = false, relatedDocumentSupport = false }, codeAction = new { } },
        workspace = new
        {
            applyEdit = true,
            workspaceEdit = new { documentChanges = true },
            didChangeWatchedFiles = new { dynamicRegistration = true },
            diagnostics = new { refreshSupport = true },
        },
    };
}
