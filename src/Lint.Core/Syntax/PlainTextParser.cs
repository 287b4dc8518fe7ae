using Lint.Text;

namespace Lint.Syntax;

/// <summary>
/// Plain text: every non-blank line is a block (stories pasted from web pages put one paragraph on a
/// line), except that a line continues the one before when that one stops without closing punctuation
/// and this one starts in lower case (hard-wrapped text).
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
        foreach (var line in text.Lines)
        {
            var trimmed = Trim(content, line.Span);
            if (trimmed.IsEmpty)
            {
                Flush();
                continue;
            }

            if (blockStart >= 0 && !ContinuesPrevious(content, blockEnd, trimmed.Start))
            {
                Flush();
            }

            if (blockStart < 0)
            {
                blockStart = trimmed.Start;
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
            var block = new Block(BlockClassifier.Classify(content, span, sentences, place), span, sentences);
            blocks.Add(block);
            inBody |= BlockClassifier.IsFinishedParagraph(content, block);
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
