namespace Lint.Rules.Loading;

/// <summary>The text of one rule file and where it came from. <paramref name="Path"/> is for messages; the id is "Style.Name".</summary>
public sealed record RuleSource(string Path, string Id, string Text)
{
    /// <summary>The files the rule may refer to (a spelling rule's dictionaries), read by the host that read the rule.</summary>
    public RuleFiles Files { get; init; } = RuleFiles.None;
}
