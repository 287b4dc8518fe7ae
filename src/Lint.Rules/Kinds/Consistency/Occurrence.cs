using Lint.Diagnostics;

namespace Lint.Rules.Kinds.Consistency;

/// <summary>One use of a form: where it is and how it was written there.</summary>
public sealed record Occurrence(Location Location, string Text);
