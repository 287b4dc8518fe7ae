using System.Text.Json;
using System.Text.Json.Serialization;

namespace Lint.LanguageServer.Protocol;

/// <summary>
/// LSP <c>Diagnostic</c>. <see cref="Data"/> is kept as raw JSON because a client hands back the
/// diagnostics of every server in a code action request, and only Lint's carry a <see cref="FixData"/>.
/// </summary>
public sealed record LspDiagnostic(
    Range Range,
    string Message,
    LspDiagnosticSeverity? Severity = null,
    [property: JsonConverter(typeof(DiagnosticCodeConverter))] string? Code = null,
    CodeDescription? CodeDescription = null,
    string? Source = null,
    JsonElement? Data = null);
