namespace Lint.LanguageServer.Protocol;

/// <summary>The answer to <c>initialize</c>.</summary>
public sealed record InitializeResult(ServerCapabilities Capabilities, ServerInfo ServerInfo);
