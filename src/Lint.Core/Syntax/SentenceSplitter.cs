using Lint.Text;

namespace Lint.Syntax;

/// <summary>
/// Splits a block into sentences. A sentence ends at '.', '!', '?' or '…' (with any closing quotes and
/// brackets) followed by space and a capital, a digit or an opening quote; or by a lower-case word when
/// the stop follows a plain word (a sentence wrongly begun in lower case is still a sentence). Abbreviations ("Mr.", "Co.", "Jan.") and initials ("Joe B. Smith")
/// do not end a sentence; dotted forms ("U.S.", "p.m.") do only before a usual opener such as "The".
/// </summary>
public static class SentenceSplitter
{
    public static List<Sentence> Split(string text, TextSpan block)
    {
        var sentences = new List<Sentence>();
        var start = SkipSpace(text, block.Start, block.End);
        var i = start;
        while (i < block.End)
        {
            if (!IsTerminal(text[i]))
            {
                i++;
                continue;
            }

            var terminalStart = i;
            while (i < block.End && IsTerminal(text[i]))
            {
                i++;
            }

            var singleStop = i - terminalStart == 1;

            while (i < block.End && IsCloser(text[i]))
            {
                i++;
            }

            var sentenceEnd = i;
            if (i < block.End && !char.IsWhiteSpace(text[i]))
            {
                continue;
            }

            var next = SkipSpace(text, i, block.End);
            if (next >= block.End)
            {
                break;
            }

            var startsHere = char.IsLower(text[next]) ? singleStop && EndsPlainWord(text, terminalStart) : StartsSentence(text[next]);
            if (!startsHere || IsAbbreviationDot(text, terminalStart, sentenceEnd, next, block.End))
            {
                continue;
            }

            Add(sentences, text, start, sentenceEnd);
            start = next;
            i = next;
        }

        Add(sentences, text, start, TrimEnd(text, start, block.End));
        return sentences;
    }

    private static void Add(List<Sentence> sentences, string text, int start, int end)
    {
        if (end <= start)
        {
            return;
        }

        var span = TextSpan.FromBounds(start, end);
        sentences.Add(new Sentence(span, WordTokenizer.Tokenize(text, span)));
    }

    private static bool IsAbbreviationDot(string text, int terminalStart, int sentenceEnd, int next, int blockEnd)
    {
        // Only a single '.' directly after a word can be an abbreviation's dot.
        if (text[terminalStart] != '.' || (terminalStart + 1 < sentenceEnd && IsTerminal(text[terminalStart + 1])))
        {
            return false;
        }

        var wordStart = terminalStart;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, terminalStart - wordStart);
        if (word.IsEmpty)
        {
            return false;
        }

        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true; // an initial: "Joe B. Smith"
        }

        if (word.Contains('.'))
        {
            return !IsSentenceOpener(text, next, blockEnd); // "U.S." or "a.m."
        }

        return Abbreviations.IsKnown(word) && !(word is "No" && !char.IsDigit(text[next]));
    }

    /// <summary>
    /// Before a lower-case word, only a single '.', '!' or '?' right after a plain word of four or more
    /// letters ends a sentence ("It rained. then"): not an ellipsis, and not "sq. miles" or "et al. and".
    /// </summary>
    private static bool EndsPlainWord(string text, int terminalStart)
    {
        var wordStart = terminalStart;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, terminalStart - wordStart);
        return word.Length >= 4 && (wordStart == 0 || text[wordStart - 1] != '.') && !Abbreviations.IsKnown(word);
    }

    private static bool IsSentenceOpener(string text, int start, int end)
    {
        var i = start;
        while (i < end && char.IsLetter(text[i]))
        {
            i++;
        }

        return Abbreviations.IsSentenceOpener(text.AsSpan(start, i - start));
    }

    private static bool IsTerminal(char c) => c is '.' or '!' or '?' or '…';

    private static bool IsCloser(char c) => c is '"' or '”' or '’' or '\'' or ')' or ']' or '»';

    private static bool StartsSentence(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || c is '"' or '“' or '‘' or '\'' or '(' or '[' or '«' or '$' or '£' or '€';

    private static int SkipSpace(string text, int i, int end)
    {
        while (i < end && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }
}
