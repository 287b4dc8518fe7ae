using System.Text.Json;

namespace Lint.LanguageServer.Protocol;

/// <summary>
/// The parts of <c>initialize</c>'s parameters the server reads. The capabilities stay raw JSON, read
/// by <see cref="Session.ClientFeatures"/>, since clients send large trees of which a handful matter.
/// </summary>
public sealed record InitializeParams(
    int? ProcessId = null,
    string? RootUri = null,
    string? RootPath = null,
    IReadOnlyList<WorkspaceFolder>? WorkspaceFolders = null,
    JsonElement? Capabilities = null);
