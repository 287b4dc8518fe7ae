namespace Lint.Workspace.Configuration;

/// <summary>
/// A problem in a <c>.lint.yaml</c> file, at a 1-based line and column, in words a copy editor understands. A
/// warning (<see cref="IsWarning"/>) is something asked for that Lint cannot do; the rest of the file still applies.
/// </summary>
public sealed record ConfigError(string Path, int Line, int Column, string Message)
{
    public bool IsWarning { get; init; }

    public override string ToString() => $"{Path}:{Line}:{Column}: {(IsWarning ? "warning" : "error")}: {Message}";
}
