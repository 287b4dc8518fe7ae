namespace Lint.Workspace.Loading;

/// <summary>Which rules a command runs: the default pack unless told not to, plus any <c>--rules</c> folders.</summary>
public sealed record RuleOptions(IReadOnlyList<string> Directories, bool UseDefaults);
