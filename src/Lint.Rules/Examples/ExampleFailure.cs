namespace Lint.Rules.Examples;

/// <summary>An example that did not behave as its rule file says, at the example's line.</summary>
public sealed record ExampleFailure(string RuleId, string Path, int Line, string Message)
{
    public override string ToString() => $"{Path}:{Line}: {RuleId}: {Message}";
}
