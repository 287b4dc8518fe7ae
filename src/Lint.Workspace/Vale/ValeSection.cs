using System.Text.RegularExpressions;
using Lint.Workspace.Configuration;

namespace Lint.Workspace.Vale;

/// <summary>
/// A glob section of a <c>.vale.ini</c> (<c>[*]</c> is the global one): the styles it is based on (null when
/// it names none), its rule settings, and the <c>BlockIgnores</c> and <c>TokenIgnores</c> patterns of the
/// files it matches.
/// </summary>
public sealed record ValeSection(
    ValeGlob Glob,
    IReadOnlyList<ConfigEntry>? BasedOnStyles,
    IReadOnlyList<ValeRuleSetting> Rules,
    IReadOnlyList<Regex> Ignores)
{
    /// <summary>The <c>BlockIgnores</c> patterns (the others of <see cref="Ignores"/> are token patterns).</summary>
    public IReadOnlyList<Regex> BlockIgnores { get; init; } = [];

    public bool IsGlobal => Glob.Pattern == "*";
}
