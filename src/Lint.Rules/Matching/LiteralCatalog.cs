using System.Buffers;
using System.Runtime.CompilerServices;
using Lint.Text;

namespace Lint.Rules.Matching;

/// <summary>
/// The literals of every <see cref="PatternSet"/> of a rule set, searched in one pass over each line of an
/// article that a pattern is asked about (one <see cref="LiteralAutomaton"/> over all of them) rather than once per rule: each set then asks which of its own
/// literals occur in a sentence. Literals are added while rules load; the first search fixes the list.
/// Matching ignores case, as ordinal comparison does; a few letters (the Kelvin sign is "k" to a
/// case-insensitive regex, not to an ordinal comparison) are noted so that text holding one runs every
/// pattern.
/// </summary>
public sealed class LiteralCatalog
{
    private static readonly SearchValues<char> CaseOutliers = SearchValues.Create("\u212A\u212B\u2126\u017F\u0130\u0131\u00B5\u1E9E\u03C2");

    private readonly List<string> _literals = [];
    private readonly Dictionary<string, int> _ids = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConditionalWeakTable<string, LiteralHits> _hits = [];
    private readonly Lock _gate = new();
    private readonly SeenTexts _seen = new();
    private readonly ConditionalWeakTable<string, LiteralHits>.CreateValueCallback _create;
    private readonly Func<string, TextSpan, LiteralHits.Occurrences> _scan;
    private LiteralAutomaton? _automaton;

    public LiteralCatalog()
    {
        _create = text => new LiteralHits(text, _scan!, _seen);
        _scan = Scan;
    }

    /// <summary>The id of a literal, added if new.</summary>
    public int Add(string literal)
    {
        lock (_gate)
        {
            if (_automaton is not null)
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

    /// <summary>Where the literals occur in <paramref name="text"/>, found once per text (when first asked) and kept while the text lives.</summary>
    public LiteralHits HitsIn(string text) => _hits.GetValue(text, _create);

    /// <summary>Where the literals and the case outliers occur in <paramref name="region"/> of <paramref name="text"/> (positions in the text).</summary>
    private LiteralHits.Occurrences Scan(string text, TextSpan region)
    {
        var automaton = Volatile.Read(ref _automaton) ?? Build();
        var positions = new List<int>();
        var ids = new List<int>();
        var span = text.AsSpan(region.Start, region.Length);
        automaton.Search(span, positions, ids);
        var byPosition = new int[positions.Count];
        for (var i = 0; i < byPosition.Length; i++)
        {
            byPosition[i] = region.Start + positions[i];
        }

        int[] idsByPosition = [.. ids];
        Array.Sort(byPosition, idsByPosition);

        var outliers = new List<int>();
        for (var at = span.IndexOfAny(CaseOutliers); at >= 0;)
        {
            outliers.Add(region.Start + at);
            var next = span[(at + 1)..].IndexOfAny(CaseOutliers);
            at = next < 0 ? -1 : at + 1 + next;
        }

        return new LiteralHits.Occurrences(region, byPosition, idsByPosition, [.. outliers]);
    }

    private LiteralAutomaton Build()
    {
        lock (_gate)
        {
            if (_automaton is null)
            {
                Volatile.Write(ref _automaton, new LiteralAutomaton(_literals));
            }

            return _automaton!;
        }
    }
}
