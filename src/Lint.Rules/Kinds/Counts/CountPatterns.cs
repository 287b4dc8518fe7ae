using System.Text.RegularExpressions;

namespace Lint.Rules.Kinds.Counts;

/// <summary>
/// A counts rule's keys, compiled: the patterns that give a count of things, those that refer back to one,
/// how close in percent two counts must be for a mismatch to count, and the words that measure rather than count.
/// </summary>
public sealed record CountPatterns(IReadOnlyList<Regex> Stated, IReadOnlyList<Regex> References, int Within, IReadOnlySet<string> Measures)
{
    public IEnumerable<Regex> All => Stated.Concat(References);
}
