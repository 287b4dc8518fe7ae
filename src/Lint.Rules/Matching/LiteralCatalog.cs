using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;

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
        var ascii = new NextHit(span, search.Ascii);
        var other = new NextHit(span, search.Other);
        for (var at = Math.Min(ascii.At, other.At); at < span.Length; at = Math.Min(ascii.After(at), other.After(at)))
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
                // Two searches, since one literal outside ASCII ("it’s") would put every literal on the slower
                // path that folds the case of any letter.
                var ascii = _literals.Where(l => Ascii.IsValid(l)).ToArray();
                var other = _literals.Where(l => !Ascii.IsValid(l)).ToArray();
                var values = (Ascii: Values(ascii), Other: Values(other));
                var byPrefix = Enumerable.Range(0, _literals.Count)
                    .GroupBy(id => Prefix(_literals[id].AsSpan(0, Math.Min(PrefixLength, _literals[id].Length)), stackalloc char[PrefixLength]).ToString())
                    .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
                Volatile.Write(ref _search, new Search(values.Ascii, values.Other, byPrefix));
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

    private static SearchValues<string>? Values(string[] literals) =>
        literals.Length == 0 ? null : SearchValues.Create(literals, StringComparison.OrdinalIgnoreCase);

    private sealed record Search(SearchValues<string>? Ascii, SearchValues<string>? Other, Dictionary<string, int[]> ByPrefix);

    /// <summary>Where one search finds a literal next: <see cref="At"/>, the text's length when nowhere.</summary>
    private ref struct NextHit(ReadOnlySpan<char> text, SearchValues<string>? values)
    {
        private readonly ReadOnlySpan<char> _text = text;

        public int At { get; private set; } = values is null ? text.Length : Found(text.IndexOfAny(values), 0, text.Length);

        /// <summary>Moves past <paramref name="position"/> if the search stood there; gives where it stands.</summary>
        public int After(int position)
        {
            if (At == position && values is not null)
            {
                At = Found(_text[(position + 1)..].IndexOfAny(values), position + 1, _text.Length);
            }

            return At;
        }

        private static int Found(int index, int offset, int length) => index < 0 ? length : offset + index;
    }
}
