namespace Lint.Fuzz;

/// <summary>
/// What one input is fed to, and the tokens worth inserting into its inputs. <see cref="Check"/> throws on a
/// failure: an exception other than the located errors the target is allowed to give, or a wrong result.
/// </summary>
internal sealed record FuzzTarget(string Name, string Extension, IReadOnlyList<string> Tokens, Action<string> Check);
