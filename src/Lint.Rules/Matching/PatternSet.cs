using System.Buffers;
using System.Text.RegularExpressions;
using Lint.Rules.Loading;
using Lint.Text;

namespace Lint.Rules.Matching;

/// <summary>
/// Many patterns searched as one, finding what the alternation "p1|p2|..." would find: the leftmost
/// match, and of matches at the same place the pattern listed first, then on from the end of that match.
/// Before any regex runs, one multi-string search (<see cref="SearchValues{T}"/>) looks for the literals
/// each pattern requires (<see cref="RequiredLiterals"/>); only the patterns whose literals occur in the
/// text are run. Most sentences hold none, and then no regex runs at all.
/// </summary>
public sealed class PatternSet
{
    /// <summary>
    /// Characters a case-insensitive regex treats as the same letter as an ASCII one (the Kelvin sign and
    /// "k") but an ordinal case-insensitive search does not. Text holding one runs every pattern.
    /// </summary>
    private static readonly SearchValues<char> CaseOutliers = SearchValues.Create("\u212A\u212B\u2126\u017F\u0130\u0131\u00B5\u1E9E\u03C2");

    private readonly Regex[] _patterns;
    private readonly int[] _all;
    private readonly int[] _everywhere;
    private readonly SearchValues<string>? _literals;
    private readonly Dictionary<char, (string Text, int[] Patterns)[]> _byFirstLetter = [];

    /// <param name="patterns">Complete patterns (already bound to whole words where the rule wants that).</param>
    /// <param name="ignoreCase">Whether the patterns ignore case.</param>
    public PatternSet(IReadOnlyList<string> patterns, bool ignoreCase)
    {
        var required = patterns.Select(RequiredLiterals.Of).Select(r => r is not null && r.Any(l => l.Any(char.IsSurrogate)) ? null : r).ToArray();
        _patterns = [.. patterns.Select((p, i) => RulePattern.Compile(p, ignoreCase, compiled: required[i] is null))];
        _all = [.. Enumerable.Range(0, patterns.Count)];
        _everywhere = [.. _all.Where(i => required[i] is null)];
        var byLiteral = _all
            .Where(i => required[i] is not null)
            .SelectMany(i => required[i]!.Select(literal => (Literal: literal, Pattern: i)))
            .GroupBy(x => x.Literal, StringComparer.OrdinalIgnoreCase)
            .Select(g => (Text: g.Key, Patterns: g.Select(x => x.Pattern).Distinct().ToArray()))
            .ToArray();
        if (byLiteral.Length > 0)
        {
            _literals = SearchValues.Create([.. byLiteral.Select(l => l.Text)], StringComparison.OrdinalIgnoreCase);
            foreach (var group in byLiteral.GroupBy(l => char.ToUpperInvariant(l.Text[0])))
            {
                _byFirstLetter[group.Key] = [.. group];
            }
        }
    }

    public int Count => _patterns.Length;

    /// <summary>The matches in <paramref name="span"/> of <paramref name="text"/>, in order; the span is searched as if it were the whole text.</summary>
    public IEnumerable<PatternMatch> Matches(string text, TextSpan span)
    {
        var candidates = Candidates(text.AsSpan(span.Start, span.Length));
        if (candidates.Length == 0)
        {
            yield break;
        }

        var slice = text.Substring(span.Start, span.Length);
        var next = new Match?[candidates.Length];
        var position = 0;
        while (position <= slice.Length)
        {
            var best = -1;
            for (var c = 0; c < candidates.Length; c++)
            {
                var match = next[c];
                if (match is null || (match.Success && match.Index < position))
                {
                    next[c] = match = _patterns[candidates[c]].Match(slice, position);
                }

                if (match.Success && (best < 0 || match.Index < next[best]!.Index))
                {
                    best = c;
                }
            }

            if (best < 0)
            {
                yield break;
            }

            var found = next[best]!;
            yield return new PatternMatch(candidates[best], span.Start + found.Index, found);
            position = found.Index + Math.Max(found.Length, 1);
        }
    }

    /// <summary>The first match in the span, or null.</summary>
    public PatternMatch? First(string text, TextSpan span)
    {
        foreach (var match in Matches(text, span))
        {
            return match;
        }

        return null;
    }

    /// <summary>The patterns that can match in this text, in order: those whose literals occur, and those that need none.</summary>
    private int[] Candidates(ReadOnlySpan<char> text)
    {
        if (_literals is null || text.ContainsAny(CaseOutliers))
        {
            return _literals is null ? _everywhere : _all;
        }

        var at = text.IndexOfAny(_literals);
        if (at < 0)
        {
            return _everywhere;
        }

        var triggered = new bool[_patterns.Length];
        foreach (var i in _everywhere)
        {
            triggered[i] = true;
        }

        while (at >= 0)
        {
            var rest = text[at..];
            if (_byFirstLetter.TryGetValue(char.ToUpperInvariant(rest[0]), out var literals))
            {
                foreach (var (literal, patterns) in literals)
                {
                    if (rest.StartsWith(literal, StringComparison.OrdinalIgnoreCase))
                    {
                        foreach (var p in patterns)
                        {
                            triggered[p] = true;
                        }
                    }
                }
            }

            var after = text[(at + 1)..].IndexOfAny(_literals);
            at = after < 0 ? -1 : at + 1 + after;
        }

        return [.. _all.Where(i => triggered[i])];
    }
}
