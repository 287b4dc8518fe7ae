namespace Lint.Rules.Loading;

/// <summary>A problem in a rule file, at a 1-based line and column, in words a rule author understands.</summary>
public sealed record RuleError(string Path, int Line, int Column, string Message)
{
    public override string ToString() => $"{Path}:{Line}:{Column}: {Message}";
}
