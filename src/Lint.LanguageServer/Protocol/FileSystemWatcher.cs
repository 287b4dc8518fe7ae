namespace Lint.LanguageServer.Protocol;

/// <summary>LSP <c>FileSystemWatcher</c>: a glob the client should watch (all kinds of change).</summary>
public sealed record FileSystemWatcher(string GlobPattern);
