namespace Lint.Workspace.Loading;

/// <summary>
/// Which rules a command runs: the default pack unless told not to, plus any <c>--rules</c> folders; and
/// whether a <c>.lint.yaml</c> may reach outside its repository for <c>extends</c> and <c>rules</c>
/// (<c>--allow-outside-repo</c>; never from a client or a request).
/// </summary>
public sealed record RuleOptions(IReadOnlyList<string> Directories, bool UseDefaults)
{
    /// <summary>Rules that come from no folder (a <c>.vale.ini</c>'s vocabulary and zipped packages), each with its origin: the file that brings it.</summary>
    public IReadOnlyList<(Lint.Rules.Loading.RuleSource Source, string Origin)> Sources { get; init; } = [];

    public bool AllowOutsideRepository { get; init; }
}
