using Lint.Text;

namespace Lint.Syntax;

/// <summary>
/// Plain text: every non-blank line is a block (stories pasted from web pages put one paragraph on a
/// line), except that a line continues the one before when that one stops without closing punctuation
/// and this one starts in lower case (hard-wrapped text). In a story hard-wrapped at a fixed width, with blank lines
/// between its paragraphs, the lines of a paragraph are one block whatever they end or start with: every line of it
/// but the last runs close to the width. Lines that open in lower case under a lead-in ending in a colon are a list
/// without bullets, one item a line ("took three objects:" / "a gold watch" / "a brass astrolabe").
/// </summary>
public sealed class PlainTextParser : IDocumentParser
{
    public Document Parse(string path, SourceText text)
    {
        var blocks = new List<Block>();
        var content = text.Content;
        var blockStart = -1;
        var blockEnd = -1;
        var inBody = false;
        var afterLeadIn = false;
        var inList = false;
        var lines = text.Lines.Select(line => Trim(content, line.Span)).ToList();
        var wrapped = WrappedLines(content, lines);
        for (var i = 0; i < lines.Count; i++)
        {
            var trimmed = lines[i];
            if (trimmed.IsEmpty)
            {
                Flush();
                inList = false;
                continue;
            }

            if (blockStart >= 0 && (inList || !(wrapped[i] || ContinuesPrevious(content, blockEnd, trimmed.Start))))
            {
                Flush();
            }

            if (blockStart < 0)
            {
                blockStart = trimmed.Start;
                inList |= afterLeadIn && char.IsLower(content[blockStart]);
            }

            blockEnd = trimmed.End;
        }

        Flush();
        return new Document(path, text, blocks);

        void Flush()
        {
            if (blockStart < 0)
            {
                return;
            }

            var span = TextSpan.FromBounds(blockStart, blockEnd);
            var place = blocks.Count == 0 ? BlockPlace.First : inBody ? BlockPlace.Body : BlockPlace.Top;
            var sentences = SentenceSplitter.Split(content, span);
            var kind = inList ? BlockKind.ListItem : BlockClassifier.Classify(content, span, sentences, place);
            var block = new Block(kind, span, sentences);
            blocks.Add(block);
            inBody |= BlockClassifier.IsFinishedParagraph(content, block);
            afterLeadIn = inList || content[blockEnd - 1] == ':';
            blockStart = -1;
        }
    }

    /// <summary>
    /// For each line, whether it continues the line before as part of a paragraph hard-wrapped at a fixed width: the
    /// story's longest line is 40 to 100 characters, at least two runs of three lines or more between blank lines
    /// have every line but the last at 70% of that width or more, and the line is in such a run.
    /// </summary>
    private static bool[] WrappedLines(string text, List<TextSpan> lines)
    {
        var joins = new bool[lines.Count];
        var width = lines.Count == 0 ? 0 : lines.Max(l => l.Length);
        if (width is < 40 or > 100)
        {
            return joins;
        }

        var runs = 0;
        for (var first = 0; first < lines.Count; first++)
        {
            if (lines[first].IsEmpty || (first > 0 && !lines[first - 1].IsEmpty))
            {
                continue;
            }

            var last = first;
            while (last + 1 < lines.Count && !lines[last + 1].IsEmpty)
            {
                last++;
            }

            var isWrapped = last > first;
            for (var i = first; i <= last && isWrapped; i++)
            {
                isWrapped = (i == last || lines[i].Length * 10 >= width * 7)
                    && (i == first || !BlockClassifier.StartsWithBullet(text, lines[i].Start));
            }

            if (isWrapped)
            {
                runs += last - first >= 2 ? 1 : 0;
                for (var i = first + 1; i <= last; i++)
                {
                    joins[i] = true;
                }
            }
        }

        return runs >= 2 ? joins : new bool[lines.Count];
    }

    private static bool ContinuesPrevious(string text, int previousEnd, int lineStart)
    {
        var last = text[previousEnd - 1];
        var endsClosed = last is '.' or '!' or '?' or ':' or ';' or '"' or '”' or '’' or ')' or '…';
        return !endsClosed && char.IsLower(text[lineStart]) && !BlockClassifier.StartsWithBullet(text, lineStart);
    }

    private static TextSpan Trim(string text, TextSpan span)
    {
        var start = span.Start;
        var end = span.End;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return TextSpan.FromBounds(start, end);
    }
}
