using Lint.Text;

namespace Lint.Rules.Kinds;

/// <summary>
/// Finds the direct quotations in a block: curly quotes (“…”), guillemets («…») and straight double
/// quotes, where a straight quote opens after a space, a bracket or a dash and closes anywhere else.
/// A stray opening mark inside an open quotation keeps it open; a closing mark with nothing open is
/// ignored; single quotes are left alone, since they double as apostrophes.
/// </summary>
public static class QuotedText
{
    public static QuotedSpans Find(string text, TextSpan block)
    {
        var spans = new List<TextSpan>();
        var open = -1;
        for (var i = block.Start; i < block.End; i++)
        {
            switch (text[i])
            {
                case '“' or '«' or '„':
                    open = open < 0 ? i : open;
                    break;
                case '”' or '»' when open >= 0:
                    spans.Add(TextSpan.FromBounds(open, i + 1));
                    open = -1;
                    break;
                case '"' when open >= 0:
                    spans.Add(TextSpan.FromBounds(open, i + 1));
                    open = -1;
                    break;
                case '"' when OpensHere(text, i, block.Start):
                    open = i;
                    break;
            }
        }

        if (open >= 0)
        {
            spans.Add(TextSpan.FromBounds(open, block.End));
        }

        var opensAtStart = !block.IsEmpty && text[block.Start] is '“' or '«' or '„' or '"';
        return new QuotedSpans(spans, opensAtStart, open >= 0);
    }

    private static bool OpensHere(string text, int index, int blockStart)
    {
        if (index == blockStart)
        {
            return true;
        }

        var before = text[index - 1];
        return char.IsWhiteSpace(before) || before is '(' or '[' or '—' or '–' or '-' or '/' or ':';
    }
}
