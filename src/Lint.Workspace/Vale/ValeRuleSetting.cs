using Lint.Diagnostics;
using Lint.Workspace.Configuration;

namespace Lint.Workspace.Vale;

/// <summary>
/// A <c>Style.Rule = value</c> line of a section: <c>NO</c> turns the rule off, <c>YES</c> on, and a level
/// (<c>suggestion</c>, <c>warning</c>, <c>error</c>) turns it on at that level, as Vale's settings do.
/// </summary>
public sealed record ValeRuleSetting(ConfigEntry Rule, bool On, Severity? Level);
