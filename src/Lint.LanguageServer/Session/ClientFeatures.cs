using System.Text.Json;

namespace Lint.LanguageServer.Session;

/// <summary>
/// The few client capabilities the server acts on, read from <c>initialize</c>: whether the client pulls
/// diagnostics (LSP 3.17) or expects them pushed, whether it can watch files for a dynamic registration,
/// whether it applies versioned workspace edits, and whether it accepts a diagnostic refresh.
/// </summary>
public sealed record ClientFeatures(bool PullDiagnostics, bool WatchedFilesRegistration, bool VersionedEdits, bool DiagnosticRefresh)
{
    public static ClientFeatures None { get; } = new(false, false, false, false);

    public static ClientFeatures Read(JsonElement? capabilities)
    {
        if (capabilities is not { ValueKind: JsonValueKind.Object } root)
        {
            return None;
        }

        return new ClientFeatures(
            PullDiagnostics: Find(root, "textDocument", "diagnostic") is { ValueKind: JsonValueKind.Object },
            WatchedFilesRegistration: IsTrue(Find(root, "workspace", "didChangeWatchedFiles", "dynamicRegistration")),
            VersionedEdits: IsTrue(Find(root, "workspace", "workspaceEdit", "documentChanges")),
            DiagnosticRefresh: IsTrue(Find(root, "workspace", "diagnostics", "refreshSupport")));
    }

    private static bool IsTrue(JsonElement? element) => element is { ValueKind: JsonValueKind.True };

    private static JsonElement? Find(JsonElement element, params string[] path)
    {
        foreach (var name in path)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element))
            {
                return null;
            }
        }

        return element;
    }
}
