using System.Text.RegularExpressions;
using Lint.Workspace.Configuration;

namespace Lint.Workspace.Vale;

/// <summary>
/// Text ignored in the files <see cref="Files"/> matches: a <c>.vale.ini</c>'s <c>TokenIgnores</c> and
/// <c>BlockIgnores</c> (<see cref="Block"/>), whose matches the rules do not see (Lint.Formats' HiddenText), or an
/// accepted vocabulary term (<see cref="WholeFinding"/>: a finding of a rule outside the Vale style whose text is
/// exactly the term is dropped).
/// </summary>
public sealed record TextIgnore(Globs Files, Regex Pattern)
{
    public bool WholeFinding { get; init; }

    /// <summary>A <c>BlockIgnores</c> pattern: its matches are hidden as code blocks are, not as inline code.</summary>
    public bool Block { get; init; }
}
