using System.Collections.Concurrent;
using Lint.Text;

namespace Lint.Rules.Matching;

/// <summary>
/// Where the literals of a <see cref="LiteralCatalog"/> occur in one article, line by line: a question about
/// a span is answered from a search of the whole lines around it (each occurrence as a position and a
/// literal id, in order of position, and where a letter occurs that only a regex folds to ASCII: see
/// <see cref="LiteralCatalog"/>). The lines are searched on the first question about them, not before:
/// an editor's re-lint, whose unchanged paragraphs find their answers in each set's <see cref="MatchMemo"/>,
/// searches only the paragraph that changed. A literal is matched on its own characters alone, so what
/// lies inside a span is found the same in its lines as in the whole article. It also keeps the copies of
/// the article's blocks and sentences that patterns are run on, so the rules that search one block share
/// one copy of it (the copy an earlier article made, when one held the same text: see <see cref="SeenTexts"/>).
/// </summary>
public sealed class LiteralHits
{
    private readonly ConcurrentDictionary<TextSpan, (string Text, bool Seen)> _slices = new();
    private readonly string _text;
    private readonly Func<string, TextSpan, Occurrences> _search;
    private readonly SeenTexts _seen;

    /// <summary>The lines searched so far, by where they start (a story is read from its start, so most are added at the end).</summary>
    private readonly List<Occurrences> _searched = [];

    internal LiteralHits(string text, Func<string, TextSpan, Occurrences> search, SeenTexts seen)
    {
        _text = text;
        _search = search;
        _seen = seen;
    }

    /// <summary>How many occurrences the whole article holds.</summary>
    public int Count => Whole.Positions.Length;

    private Occurrences Whole => Around(new TextSpan(0, _text.Length));

    public int PositionAt(int index) => Whole.Positions[index];

    public int IdAt(int index) => Whole.Ids[index];

    /// <summary>The text of <paramref name="span"/> of the article, copied once.</summary>
    public string Slice(TextSpan span) => SliceSeen(span).Text;

    /// <summary>As <see cref="Slice"/>, and whether an earlier article held the same text (it is then that article's copy).</summary>
    internal (string Text, bool Seen) SliceSeen(TextSpan span) =>
        _slices.GetOrAdd(span, static (s, hits) => (hits._seen.Intern(hits._text.AsSpan(s.Start, s.Length), out var seen), seen), this);

    /// <summary>The occurrences of the whole lines around <paramref name="span"/>, searched when first asked for.</summary>
    internal Occurrences Around(TextSpan span)
    {
        lock (_searched)
        {
            var index = LastStartingAtOrBefore(span.Start);
            if (index >= 0 && _searched[index].Span.Contains(span))
            {
                return _searched[index];
            }

            var found = _search(_text, Lines(span));
            _searched.Insert(index + 1, found);
            return found;
        }
    }

    /// <summary>The span from the start of <paramref name="span"/>'s first line to the end of its last (its line breaks left out).</summary>
    private TextSpan Lines(TextSpan span)
    {
        var start = span.Start == 0 ? 0 : _text.LastIndexOf('\n', span.Start - 1) + 1;
        var end = span.End == _text.Length ? span.End : _text.IndexOf('\n', span.End);
        return TextSpan.FromBounds(start, end < 0 ? _text.Length : end);
    }

    private int LastStartingAtOrBefore(int position)
    {
        int low = 0, high = _searched.Count - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            if (_searched[middle].Span.Start <= position)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return high;
    }

    /// <summary>
    /// Every occurrence (by position in the article, with each literal's id) and every case outlier of one
    /// span of it: whole lines, or the whole article.
    /// </summary>
    internal sealed record Occurrences(TextSpan Span, int[] Positions, int[] Ids, int[] CaseOutliers)
    {
        /// <summary>The index of the first occurrence at or after <paramref name="position"/> (the count when none).</summary>
        public int FirstAtOrAfter(int position) => LowerBound(Positions, position);

        /// <summary>True when a letter between <paramref name="start"/> and <paramref name="end"/> makes the literal search unsafe.</summary>
        public bool HasCaseOutlier(int start, int end)
        {
            var i = LowerBound(CaseOutliers, start);
            return i < CaseOutliers.Length && CaseOutliers[i] < end;
        }
    }

    private static int LowerBound(int[] sorted, int value)
    {
        var index = Array.BinarySearch(sorted, value);
        if (index < 0)
        {
            return ~index;
        }

        while (index > 0 && sorted[index - 1] == value)
        {
            index--;
        }

        return index;
    }
}
