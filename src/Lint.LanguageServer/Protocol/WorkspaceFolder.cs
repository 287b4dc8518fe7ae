namespace Lint.LanguageServer.Protocol;

/// <summary>LSP <c>WorkspaceFolder</c>: a folder open in the editor.</summary>
public sealed record WorkspaceFolder(string Uri, string? Name = null);
