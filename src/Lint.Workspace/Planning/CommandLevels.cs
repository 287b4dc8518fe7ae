using Lint.Diagnostics;

namespace Lint.Workspace.Planning;

/// <summary>
/// The levels given on the command line, which beat the configuration's: the fail level ((null, true) is
/// "none"; (_, false) is not given) and the minimum level shown (null: not given).
/// </summary>
public sealed record CommandLevels((Severity? Level, bool Set) FailLevel, Severity? MinLevel)
{
    public static CommandLevels None { get; } = new((null, false), null);
}
