namespace Lint.Workspace.Configuration;

/// <summary>A problem in a <c>.lint.yaml</c> file, at a 1-based line and column, in words a copy editor understands.</summary>
public sealed record ConfigError(string Path, int Line, int Column, string Message)
{
    public override string ToString() => $"{Path}:{Line}:{Column}: error: {Message}";
}
