using System.Text.RegularExpressions;
using Lint.Text;

namespace Lint.Rules.Matching;

/// <summary>
/// One match found by a <see cref="PatternSet"/>: which of its patterns matched, and where in the article.
/// <see cref="Match"/> holds the groups; its own index counts from the start of the span searched.
/// </summary>
public readonly record struct PatternMatch(int Pattern, int Index, Match Match)
{
    public int Length => Match.Length;

    public string Value => Match.Value;

    public ReadOnlySpan<char> ValueSpan => Match.ValueSpan;

    public TextSpan Span => new(Index, Match.Length);
}
