using Lint.Rules.Loading;

namespace Lint.Workspace.Planning;

/// <summary>Rules loaded from a set of folders, with the full path of the folder each rule id came from.</summary>
public sealed record LoadedRules(RuleSet Rules, IReadOnlyDictionary<string, string> Origins);
