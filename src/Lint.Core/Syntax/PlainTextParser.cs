using Lint.Text;

namespace Lint.Syntax;

/// <summary>
/// Plain text: every non-blank line is a block (stories pasted from web pages put one paragraph on a
/// line), except that a line continues the one before when that one stops without closing punctuation
/// and this one starts in lower case (hard-wrapped text). Lines that open in lower case under a lead-in ending in a
/// colon are a list without bullets, one item a line ("took three objects:" / "a gold watch" / "a brass astrolabe").
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
        foreach (var line in text.Lines)
        {
            var trimmed = Trim(content, line.Span);
            if (trimmed.IsEmpty)
            {
                Flush();
                inList = false;
                continue;
            }

            if (blockStart >= 0 && (inList || !ContinuesPrevious(content, blockEnd, trimmed.Start)))
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

    private static bool ContinuesPrevious(string text, int previousEnd, int lineStart)
    {
        var last = text[previousEnd - 1];
        var endsClosed = last is '.' or '!' or '?' or ':' or ';' or '"' or '”' or '’' or ')' or '…' or ',';
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
