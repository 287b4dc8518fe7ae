using System.Buffers;
using System.Runtime.CompilerServices;

namespace Lint.Rules.Matching;

/// <summary>
/// The literals of every <see cref="PatternSet"/> of a rule set, searched in one pass over each article
/// (a multi-string search over all of them) rather than once per rule: each set then asks which of its own
/// literals occur in a sentence. Literals are added while rules load; the first search fixes the list.
/// Matching ignores case, as ordinal comparison does; a few letters (the Kelvin sign is "k" to a
/// case-insensitive regex, not to an ordinal comparison) are noted so that text holding one runs every
/// pattern.
/// </summary>
public sealed class LiteralCatalog
{
    private static readonly SearchValues<char> CaseOutliers = SearchValues.Create("\u212A\u212B\u2126\u017F\u0130\u0131\u00B5\u1E9E\u03C2");

    private const int PrefixLength = 3;

    private readonly List<string> _literals = [];
    private readonly Dictionary<string, int> _ids = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConditionalWeakTable<string, LiteralHits> _hits = [];
    private readonly Lock _gate = new();
    private Search? _search;

    /// <summary>The id of a literal, added if new.</summary>
    public int Add(string literal)
    {
        lock (_gate)
        {
            if (_search is not null)
            {
                throw new InvalidOperationException("Literals cannot be added once articles have been searched.");
            }

            if (!_ids.TryGetValue(literal, out var id))
            {
                _ids[literal] = id = _literals.Count;
                _literals.Add(literal);
            }

            return id;
        }
    }

    public int LengthOf(int id) => _literals[id].Length;

    /// <summary>Where the literals occur in <paramref name="text"/>, found once per text and kept while the text lives.</summary>
    public LiteralHits HitsIn(string text) => _hits.GetValue(text, Scan);

    private LiteralHits Scan(string text)
    {
        var search = Volatile.Read(ref _search) ?? Build();
        var positions = new List<int>();
        var ids = new List<int>();
        var span = text.AsSpan();
        var byPrefix = search.ByPrefix.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[PrefixLength];
        for (var at = search.Values is null ? -1 : span.IndexOfAny(search.Values); at >= 0;)
        {
            for (var length = 1; length <= Math.Min(PrefixLength, span.Length - at); length++)
            {
                if (byPrefix.TryGetValue(Prefix(span.Slice(at, length), buffer), out var candidates))
                {
                    foreach (var id in candidates)
                    {
                        if (span[at..].StartsWith(_literals[id], StringComparison.OrdinalIgnoreCase))
                        {
                            positions.Add(at);
                            ids.Add(id);
                        }
                    }
                }
            }

            var next = span[(at + 1)..].IndexOfAny(search.Values!);
            at = next < 0 ? -1 : at + 1 + next;
        }

        var outliers = new List<int>();
        for (var at = span.IndexOfAny(CaseOutliers); at >= 0;)
        {
            outliers.Add(at);
            var next = span[(at + 1)..].IndexOfAny(CaseOutliers);
            at = next < 0 ? -1 : at + 1 + next;
        }

        return new LiteralHits([.. positions], [.. ids], [.. outliers]);
    }

    private Search Build()
    {
        lock (_gate)
        {
            if (_search is null)
            {
                var values = _literals.Count == 0 ? null : SearchValues.Create([.. _literals], StringComparison.OrdinalIgnoreCase);
                var byPrefix = Enumerable.Range(0, _literals.Count)
                    .GroupBy(id => Prefix(_literals[id].AsSpan(0, Math.Min(PrefixLength, _literals[id].Length)), stackalloc char[PrefixLength]).ToString())
                    .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
                Volatile.Write(ref _search, new Search(values, byPrefix));
            }

            return _search!;
        }
    }

    /// <summary>The first characters of a literal, in upper case: the literals that may start at a place are those filed under its first one, two or three characters.</summary>
    private static ReadOnlySpan<char> Prefix(ReadOnlySpan<char> text, Span<char> buffer)
    {
        var length = text.ToUpperInvariant(buffer);
        return buffer[..length];
    }

    private sealed record Search(SearchValues<string>? Values, Dictionary<string, int[]> ByPrefix);
}
