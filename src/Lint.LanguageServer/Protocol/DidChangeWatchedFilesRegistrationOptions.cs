namespace Lint.LanguageServer.Protocol;

/// <summary>The options of a <c>workspace/didChangeWatchedFiles</c> registration: the globs to watch.</summary>
public sealed record DidChangeWatchedFilesRegistrationOptions(IReadOnlyList<FileSystemWatcher> Watchers);
