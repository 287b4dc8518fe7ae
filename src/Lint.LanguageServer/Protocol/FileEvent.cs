namespace Lint.LanguageServer.Protocol;

/// <summary>LSP <c>FileEvent</c>: a watched file was created (1), changed (2) or deleted (3).</summary>
public sealed record FileEvent(string Uri, int Type);
