namespace Lint.Text;

/// <summary>
/// The line break an article is written with (its first one; LF when it has none), so that a line break
/// inserted by a fix matches the article's own instead of mixing LF into a CRLF file.
/// </summary>
public readonly record struct LineBreakStyle(string Value)
{
    public static LineBreakStyle Of(SourceText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.LineCount < 2)
        {
            return new LineBreakStyle("\n");
        }

        var first = text.GetLine(0);
        return new LineBreakStyle(text.ToString(TextSpan.FromBounds(first.Span.End, first.SpanIncludingLineBreak.End)));
    }

    /// <summary>Rewrites every line break (CRLF, LF or CR) in <paramref name="inserted"/> as this one.</summary>
    public string Adapt(string inserted)
    {
        ArgumentNullException.ThrowIfNull(inserted);
        if (inserted.AsSpan().IndexOfAny('\r', '\n') < 0)
        {
            return inserted;
        }

        var builder = new System.Text.StringBuilder(inserted.Length);
        for (var i = 0; i < inserted.Length; i++)
        {
            var c = inserted[i];
            if (c is not ('\r' or '\n'))
            {
                builder.Append(c);
                continue;
            }

            if (c == '\r' && i + 1 < inserted.Length && inserted[i + 1] == '\n')
            {
                i++;
            }

            builder.Append(Value);
        }

        return builder.ToString();
    }
}
