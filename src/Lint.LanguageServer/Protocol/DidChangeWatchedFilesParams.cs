namespace Lint.LanguageServer.Protocol;

/// <summary>The parameters of <c>workspace/didChangeWatchedFiles</c>.</summary>
public sealed record DidChangeWatchedFilesParams(IReadOnlyList<FileEvent> Changes);
