using System.Text.Json;
using Lint.LanguageServer.Protocol;
using Lint.LanguageServer.Transport;

namespace Lint.LanguageServer.Diagnostics;

/// <summary>
/// The diagnostics of one version of an open document as sent to the client, with the result id a
/// pull client hands back, and a fingerprint to tell whether anything changed since the last time.
/// </summary>
public sealed record DocumentFindings(string Uri, int Version, string ResultId, IReadOnlyList<LspDiagnostic> Items)
{
    public string Fingerprint { get; } = JsonSerializer.Serialize(Items, LspJson.Options);
}
