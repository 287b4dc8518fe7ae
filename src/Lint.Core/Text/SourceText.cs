namespace Lint.Text;

/// <summary>
/// An immutable article text and its line map. It is the only owner of the conversion between
/// UTF-16 offsets and (line, column) positions. Line breaks are CRLF, LF or CR.
/// </summary>
public sealed class SourceText
{
    private readonly int[] _lineStarts;

    public SourceText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Content = text;
        _lineStarts = ComputeLineStarts(text);
    }

    /// <summary>The text as decoded (a byte order mark is not part of it).</summary>
    public string Content { get; }

    public int Length => Content.Length;

    public int LineCount => _lineStarts.Length;

    public char this[int index] => Content[index];

    public ReadOnlySpan<char> this[TextSpan span] => Content.AsSpan(span.Start, span.Length);

    public string ToString(TextSpan span) => Content.Substring(span.Start, span.Length);

    public override string ToString() => Content;

    public LinePosition GetLinePosition(int offset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(offset, Length);
        var line = GetLineIndex(offset);
        return new LinePosition(line, offset - _lineStarts[line]);
    }

    public LinePositionSpan GetLinePositionSpan(TextSpan span) =>
        new(GetLinePosition(span.Start), GetLinePosition(span.End));

    public int GetOffset(LinePosition position)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(position.Line);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(position.Line, LineCount);
        var line = GetLine(position.Line);
        return Math.Min(line.Span.Start + position.Character, line.SpanIncludingLineBreak.End);
    }

    public TextLine GetLine(int lineIndex)
    {
        var start = _lineStarts[lineIndex];
        var endWithBreak = lineIndex + 1 < _lineStarts.Length ? _lineStarts[lineIndex + 1] : Length;
        var end = endWithBreak;
        if (end > start && Content[end - 1] == '\n')
        {
            end--;
        }

        if (end > start && Content[end - 1] == '\r')
        {
            end--;
        }

        return new TextLine(lineIndex, TextSpan.FromBounds(start, end), TextSpan.FromBounds(start, endWithBreak));
    }

    public IEnumerable<TextLine> Lines
    {
        get
        {
            for (var i = 0; i < LineCount; i++)
            {
                yield return GetLine(i);
            }
        }
    }

    /// <summary>Applies non-overlapping edits and returns the new text.</summary>
    public SourceText WithEdits(IEnumerable<TextEdit> edits)
    {
        var ordered = edits.OrderBy(e => e.Span).ToList();
        var builder = new System.Text.StringBuilder(Length);
        var position = 0;
        foreach (var edit in ordered)
        {
            if (edit.Span.Start < position)
            {
                throw new ArgumentException($"Edit at {edit.Span} overlaps an earlier edit.", nameof(edits));
            }

            builder.Append(Content, position, edit.Span.Start - position).Append(edit.NewText);
            position = edit.Span.End;
        }

        builder.Append(Content, position, Length - position);
        return new SourceText(builder.ToString());
    }

    private int GetLineIndex(int offset)
    {
        var index = Array.BinarySearch(_lineStarts, offset);
        return index >= 0 ? index : ~index - 1;
    }

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                starts.Add(i + 1);
            }
            else if (c == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return [.. starts];
    }
}
