namespace Lint.LanguageServer.Protocol;

/// <summary>LSP <c>ServerInfo</c>: the server's name and version, shown by some clients.</summary>
public sealed record ServerInfo(string Name, string? Version);
