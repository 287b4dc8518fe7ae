using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Lint.Rules.Loading;
using Lint.Text;

namespace Lint.Rules.Matching;

/// <summary>
/// Many patterns searched as one, finding what the alternation "p1|p2|..." would find: the leftmost
/// match, and of matches at the same place the pattern listed first, then on from the end of that match.
/// Before any regex runs, the literals each pattern requires (<see cref="RequiredLiterals"/>, looked up in <see cref="PatternFacts"/> for the shipped pack) are looked up
/// in the article's <see cref="LiteralHits"/>, found in one pass over the lines asked about for every set of a rule set by their
/// shared <see cref="LiteralCatalog"/>; only the patterns whose literals occur in the text are run. Most
/// sentences hold none, and then no regex runs at all. A pattern that needs no literal, or only a single
/// character ("(" or "."), which nearly every paragraph holds, runs everywhere instead. Each regex is built
/// on first use, interpreted, which is cheap to build, so a run pays only for the patterns its text
/// reaches (every pattern is still validated when its rule loads); once a pattern has been run as many
/// times as the <see cref="RegexTiering"/> the set was built under allows, it is compiled to IL on a
/// thread-pool thread and the compiled regex takes over when ready, so a long run or a warm editor process
/// pays the interpreter only while it warms up.
/// </summary>
public sealed class PatternSet
{
    private readonly string[] _sources;
    private readonly bool _ignoreCase;
    private readonly Regex?[] _patterns;
    private readonly int[] _uses;
    private readonly int[] _all;
    private readonly int[] _everywhere;
    private readonly LiteralCatalog _catalog;
    /// <summary>The patterns that require each literal, by the literal's id in the catalog (null for another set's literal).</summary>
    private readonly int[]?[] _patternsByLiteral;
    private readonly MatchMemo _memo = new();
    private readonly int _usesBeforeCompiling;

    /// <param name="patterns">Complete patterns (already bound to whole words where the rule wants that).</param>
    /// <param name="ignoreCase">Whether the patterns ignore case.</param>
    /// <param name="catalog">Where the literals of every set of the rule set are searched; a set of its own when null.</param>
    /// <param name="tiering">When a pattern is compiled to IL; <see cref="RegexTiering.Current"/> when null.</param>
    public PatternSet(IReadOnlyList<string> patterns, bool ignoreCase, LiteralCatalog? catalog = null, RegexTiering? tiering = null)
    {
        _usesBeforeCompiling = (tiering ?? RegexTiering.Current).UsesBeforeCompiling;
        patterns = [.. patterns.Select(ValeRegex.Translate)];
        var required = patterns.Select(PatternFacts.RequiredLiterals).Select(r => r is not null && r.All(IsWorthSearching) ? r : null).ToArray();
        _sources = [.. patterns];
        _ignoreCase = ignoreCase;
        _patterns = new Regex?[patterns.Count];
        _uses = new int[patterns.Count];
        _all = [.. Enumerable.Range(0, patterns.Count)];
        _everywhere = [.. _all.Where(i => required[i] is null)];
        _catalog = catalog ?? new LiteralCatalog();
        var catalogued = _catalog;
        var byLiteral = _all
            .Where(i => required[i] is not null)
            .SelectMany(i => required[i]!.Select(literal => (Id: catalogued.Add(literal), Pattern: i)))
            .GroupBy(x => x.Id)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Pattern).Distinct().ToArray());
        _patternsByLiteral = new int[]?[byLiteral.Count == 0 ? 0 : byLiteral.Keys.Max() + 1];
        foreach (var (id, patternsOf) in byLiteral)
        {
            _patternsByLiteral[id] = patternsOf;
        }
    }

    /// <summary>A literal that tells texts apart: longer than one character, with no half of a surrogate pair.</summary>
    private static bool IsWorthSearching(string literal) => literal.Length > 1 && !literal.Any(char.IsSurrogate);

    /// <summary>
    /// The matches in <paramref name="span"/> of <paramref name="text"/>, in order; the span is searched as if it
    /// were the whole text. What is found in a text that an earlier article held too is kept (searched to its
    /// end, even for a caller that stops at the first match), and a text found there is not searched again.
    /// </summary>
    public IEnumerable<PatternMatch> Matches(string text, TextSpan span)
    {
        var hits = _catalog.HitsIn(text);
        var (slice, seen) = hits.SliceSeen(span);
        if (!seen)
        {
            foreach (var (pattern, match) in Search(hits, span, slice))
            {
                yield return new PatternMatch(pattern, span.Start + match.Index, match);
            }

            yield break;
        }

        // A text seen before is searched to its end (even when the caller wants only the first match) and kept.
        if (!_memo.TryGet(slice, out var known))
        {
            known = [.. Search(hits, span, slice)];
            _memo.Keep(slice, known);
        }

        foreach (var (pattern, match) in known)
        {
            yield return new PatternMatch(pattern, span.Start + match.Index, match);
        }
    }

    /// <summary>The matches in <paramref name="slice"/> (the text of <paramref name="span"/>), with their positions in it.</summary>
    private IEnumerable<(int Pattern, Match Match)> Search(LiteralHits hits, TextSpan span, string slice)
    {
        var candidates = Candidates(hits, span);
        var next = new Match?[candidates.Length];
        var position = 0;
        while (candidates.Length > 0 && position <= slice.Length)
        {
            var best = -1;
            for (var c = 0; c < candidates.Length; c++)
            {
                var match = next[c];
                if (match is null || (match.Success && match.Index < position))
                {
                    next[c] = match = Pattern(candidates[c]).Match(slice, position);
                }

                if (match.Success && (best < 0 || match.Index < next[best]!.Index))
                {
                    best = c;
                }
            }

            if (best < 0)
            {
                break;
            }

            var found = next[best]!;
            yield return (candidates[best], found);
            position = found.Index + Math.Max(found.Length, 1);
        }
    }

    /// <summary>Whether pattern <paramref name="index"/> (in the order given) now runs compiled to IL rather than interpreted.</summary>
    public bool IsCompiled(int index) => ((Volatile.Read(ref _patterns[index])?.Options ?? RegexOptions.None) & RegexOptions.Compiled) != 0;

    /// <summary>
    /// The regex of pattern <paramref name="index"/>, built on first use, and compiled in the background once
    /// it is used often (runs in parallel may race to build it; one wins).
    /// </summary>
    private Regex Pattern(int index)
    {
        var regex = Volatile.Read(ref _patterns[index]);
        if (regex is null)
        {
            var built = RulePattern.Compile(_sources[index], _ignoreCase, compiled: false);
            regex = Interlocked.CompareExchange(ref _patterns[index], built, null) ?? built;
        }

        // A native (AOT) build cannot compile a regex: it interprets them all.
        if (RuntimeFeature.IsDynamicCodeCompiled && (regex.Options & RegexOptions.Compiled) == 0
            && Interlocked.Increment(ref _uses[index]) == _usesBeforeCompiling)
        {
            _ = Task.Run(() => Volatile.Write(ref _patterns[index], RulePattern.CompileNow(_sources[index], _ignoreCase)));
        }

        return regex;
    }

    /// <summary>The patterns that can match in this span, in order: those whose literals occur in it, and those that need none.</summary>
    private int[] Candidates(LiteralHits hits, TextSpan span)
    {
        if (_patternsByLiteral.Length == 0)
        {
            return _everywhere;
        }

        var found = hits.Around(span);
        if (found.HasCaseOutlier(span.Start, span.End))
        {
            return _all;
        }

        Span<bool> triggered = _patterns.Length <= 1024 ? stackalloc bool[_patterns.Length] : new bool[_patterns.Length];
        var count = 0;
        for (var i = found.FirstAtOrAfter(span.Start); i < found.Positions.Length && found.Positions[i] < span.End; i++)
        {
            var id = found.Ids[i];
            if (id < _patternsByLiteral.Length && _patternsByLiteral[id] is { } patterns && found.Positions[i] + _catalog.LengthOf(id) <= span.End)
            {
                foreach (var p in patterns)
                {
                    count += triggered[p] ? 0 : 1;
                    triggered[p] = true;
                }
            }
        }

        if (count == 0)
        {
            return _everywhere;
        }

        foreach (var i in _everywhere)
        {
            count += triggered[i] ? 0 : 1;
            triggered[i] = true;
        }

        var candidates = new int[count];
        for (int i = 0, c = 0; c < count; i++)
        {
            if (triggered[i])
            {
                candidates[c++] = i;
            }
        }

        return candidates;
    }
}
