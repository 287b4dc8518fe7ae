namespace Lint.Text;

/// <summary>
/// Leads the offsets of a text derived from a source (the decoded text of an HTML page) back to the
/// source: each derived character knows the source range it came from, so "&amp;amp;" is five source
/// characters behind one derived '&amp;'. Characters the parser added (a space between two blocks) take
/// an empty range where they stand.
/// </summary>
public sealed class SourceMap
{
    private readonly int[] _starts;
    private readonly int[] _ends;
    private readonly Func<string, string> _encode;

    /// <param name="source">The original text.</param>
    /// <param name="starts">For each derived character, where its source range starts.</param>
    /// <param name="ends">For each derived character, where its source range ends.</param>
    /// <param name="encode">How inserted text is written in the source (HTML escapes '&amp;' and '&lt;').</param>
    public SourceMap(SourceText source, int[] starts, int[] ends, Func<string, string>? encode = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (starts.Length != ends.Length)
        {
            throw new ArgumentException("Every derived character needs a start and an end.", nameof(ends));
        }

        Source = source;
        _starts = starts;
        _ends = ends;
        _encode = encode ?? (text => text);
    }

    public SourceText Source { get; }

    /// <summary>How many derived characters the map covers.</summary>
    public int Length => _starts.Length;

    /// <summary>The source range behind a derived span: from its first character's start to its last one's end.</summary>
    public TextSpan ToSource(TextSpan span)
    {
        var start = PositionOf(span.Start);
        if (span.IsEmpty)
        {
            return new TextSpan(start, 0);
        }

        return TextSpan.FromBounds(start, Math.Max(start, _ends[span.End - 1]));
    }

    /// <summary>
    /// True when the derived span is one unbroken run of the source, with no markup between its characters:
    /// only then can an edit of it be made in the source without touching tags.
    /// </summary>
    public bool IsContiguous(TextSpan span)
    {
        for (var i = span.Start; i + 1 < span.End; i++)
        {
            if (_ends[i] != _starts[i + 1] || _starts[i] == _ends[i])
            {
                return false;
            }
        }

        return span.IsEmpty || _starts[span.End - 1] != _ends[span.End - 1];
    }

    /// <summary>Text to insert into the source, written as the source writes it.</summary>
    public string Encode(string text) => _encode(text);

    private int PositionOf(int offset)
    {
        if (offset < _starts.Length)
        {
            return _starts[offset];
        }

        return _ends.Length > 0 ? _ends[^1] : 0;
    }
}
