using Lint.LanguageServer.Protocol;
using Lint.Text;

namespace Lint.LanguageServer.Documents;

/// <summary>
/// LSP positions and ranges against a <see cref="SourceText"/>, which owns the line map (0-based lines,
/// UTF-16 characters, exactly what LSP counts). Positions past a line's end or past the last line are
/// clamped, as the specification asks.
/// </summary>
public static class LspPositions
{
    public static int ToOffset(SourceText text, Position position)
    {
        if (position.Line < 0 || position.Character < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(position), $"The position {position.Line}:{position.Character} is negative.");
        }

        if (position.Line >= text.LineCount)
        {
            return text.Length;
        }

        var line = text.GetLine(position.Line);
        return text.GetOffset(new LinePosition(position.Line, Math.Min(position.Character, line.Span.Length)));
    }

    public static TextSpan ToSpan(SourceText text, Protocol.Range range)
    {
        var start = ToOffset(text, range.Start);
        var end = ToOffset(text, range.End);
        if (end < start)
        {
            throw new ArgumentOutOfRangeException(nameof(range), "The range ends before it starts.");
        }

        return TextSpan.FromBounds(start, end);
    }

    public static Protocol.Range ToRange(SourceText text, TextSpan span) => ToRange(text.GetLinePositionSpan(span));

    public static Protocol.Range ToRange(LinePositionSpan span) =>
        new(new Position(span.Start.Line, span.Start.Character), new Position(span.End.Line, span.End.Character));
}
