using System.Text.RegularExpressions;

namespace Lint.Rules.Kinds.PersonAges;

/// <summary>
/// A person-ages rule's data, compiled: the patterns of the story's date (group <c>year</c>), those that give a named
/// person's age in some form (group <c>name</c> and one or more of <c>age</c>, <c>turns</c>, <c>born</c>, or
/// <c>then</c> with <c>year</c>), and the words that may stand before a surname without being a given name.
/// </summary>
public sealed record PersonAgePatterns(IReadOnlyList<Regex> Dated, IReadOnlyList<Regex> Ages, IReadOnlySet<string> Titles);
