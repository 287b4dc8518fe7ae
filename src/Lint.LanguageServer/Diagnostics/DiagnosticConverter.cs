using System.Text.Json;
using Lint.Diagnostics;
using Lint.LanguageServer.Documents;
using Lint.LanguageServer.Protocol;
using Lint.LanguageServer.Transport;

namespace Lint.LanguageServer.Diagnostics;

/// <summary>
/// A Lint finding as an LSP diagnostic: severity mapped (a suggestion is Information), <c>code</c> the rule
/// id, <c>codeDescription</c> the rule's link, <c>source</c> "lint", and the fix carried in <c>data</c>.
/// </summary>
public static class DiagnosticConverter
{
    public const string Source = "lint";

    public static LspDiagnostic ToLsp(Diagnostic diagnostic, OpenDocument document)
    {
        var edits = diagnostic.Fix?.Edits
            .Select(e => new LspTextEdit(LspPositions.ToRange(document.Text, e.Span), e.NewText))
            .ToList();
        var data = new FixData(diagnostic.Id, document.Version, diagnostic.Fix?.Title, edits);
        return new LspDiagnostic(
            LspPositions.ToRange(diagnostic.Location.LineSpan),
            diagnostic.Message,
            ToLsp(diagnostic.Severity),
            diagnostic.Id,
            diagnostic.Descriptor.HelpLink is { } link ? new CodeDescription(link) : null,
            Source,
            JsonSerializer.SerializeToElement(data, LspJson.Options));
    }

    public static LspDiagnosticSeverity ToLsp(Severity severity) => severity switch
    {
        Severity.Error => LspDiagnosticSeverity.Error,
        Severity.Warning => LspDiagnosticSeverity.Warning,
        _ => LspDiagnosticSeverity.Information,
    };

    /// <summary>The fix data of a diagnostic Lint published, or null for another server's diagnostic or unreadable data.</summary>
    public static FixData? ReadData(LspDiagnostic diagnostic)
    {
        if (diagnostic.Source != Source || diagnostic.Data is not { ValueKind: JsonValueKind.Object } data)
        {
            return null;
        }

        try
        {
            return data.Deserialize<FixData>(LspJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
