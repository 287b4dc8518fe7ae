using System.Text.RegularExpressions;
using Lint.Workspace.Configuration;

namespace Lint.Workspace.Vale;

/// <summary>
/// Text on which no finding is reported in the files <see cref="Files"/> matches: a <c>.vale.ini</c>'s
/// <c>BlockIgnores</c> and <c>TokenIgnores</c> (any finding touching a match is dropped), or an accepted
/// vocabulary term (<see cref="WholeFinding"/>: a finding of a rule outside the Vale style whose text is
/// exactly the term is dropped).
/// </summary>
public sealed record TextIgnore(Globs Files, Regex Pattern)
{
    public bool WholeFinding { get; init; }
}
