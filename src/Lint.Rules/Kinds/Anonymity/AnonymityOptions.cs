using System.Text.RegularExpressions;

namespace Lint.Rules.Kinds.Anonymity;

/// <summary>An anonymity rule's keys, compiled: unnamed sources, reasons for anonymity, and descriptions of a source's position.</summary>
public sealed record AnonymityOptions(Regex Sources, Regex? Reasons, Regex? Described, MatchOptions Match);
