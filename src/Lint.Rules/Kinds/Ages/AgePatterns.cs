using System.Text.RegularExpressions;

namespace Lint.Rules.Kinds.Ages;

/// <summary>An ages rule's patterns, compiled: those that state an age, those that refer back by one, and how near a stated age must be for a mismatch to count.</summary>
public sealed record AgePatterns(IReadOnlyList<Regex> Stated, IReadOnlyList<Regex> References, int Near)
{
    public IEnumerable<Regex> All => Stated.Concat(References);
}
