using System.Text.RegularExpressions;

namespace Lint.Rules.Kinds.Consistency;

/// <summary>Two ways of writing the same thing, as compiled patterns.</summary>
public sealed record FormPair(Regex Left, Regex Right);
