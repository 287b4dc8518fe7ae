using Lint.Workspace.Input;

namespace Lint.Cli.Fixing;

/// <summary>
/// What a <c>lint fix</c> run ends with: the articles that could not be read (or parsed), how many were fixed
/// (read), the findings left in them, and whether every article's fixes settled (<see cref="MostPasses"/>
/// is the most passes one took).
/// </summary>
public sealed record FixRunEnd(IReadOnlyList<InputError> InputErrors, int Articles, int Remaining, int MostPasses, bool Settled);
