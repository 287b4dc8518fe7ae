using System.Collections.Concurrent;
using Lint.Syntax;
using Lint.Text;

namespace Lint.Language;

/// <summary>
/// The tokens of sentences tagged before, by the sentence's text. An editor re-lints a story after each
/// change and most of its sentences come back unchanged, perhaps moved: their tokens are taken from here
/// (moved with the sentence) instead of being looked up in the lexicon again. A sentence's tokens depend on
/// nothing but its text and where its words are, so a kept entry stays right; the store is only bounded,
/// at <see cref="MaxSentences"/>. With the tokens it keeps what rules worked out from them alone
/// (<see cref="SentenceFindings"/>).
/// </summary>
internal sealed class TaggedSentences
{
    /// <summary>How many sentences are kept at most (a few long stories).</summary>
    public const int MaxSentences = 4096;

    private readonly ConcurrentDictionary<string, (int Start, Token[] Tokens, SentenceFindings Findings)> _sentences = new(StringComparer.Ordinal);
    private int _count;

    public static TaggedSentences Default { get; } = new();

    /// <summary>
    /// The tokens of <paramref name="sentence"/> of <paramref name="text"/>, tagged by <paramref name="tag"/> unless kept,
    /// and what rules found in them (<paramref name="findings"/>, shared with every sentence of the same text and words).
    /// </summary>
    public Token[] Tokens(string text, Sentence sentence, Func<string, Sentence, Token[]> tag, out SentenceFindings findings)
    {
        var content = text.AsSpan(sentence.Span.Start, sentence.Span.Length);
        if (_sentences.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(content, out var kept)
            && SameWords(kept, sentence))
        {
            findings = kept.Findings;
            findings.Repeated = true;
            return kept.Start == sentence.Span.Start ? kept.Tokens : Moved(kept.Tokens, sentence.Span.Start - kept.Start);
        }

        var tokens = tag(text, sentence);
        if (Interlocked.Increment(ref _count) > MaxSentences)
        {
            Volatile.Write(ref _count, 1);
            _sentences.Clear();
        }

        findings = new SentenceFindings();
        _sentences[content.ToString()] = (sentence.Span.Start, tokens, findings);
        return tokens;
    }

    /// <summary>True when the kept tokens are the sentence's words, each at the same place in the sentence.</summary>
    private static bool SameWords((int Start, Token[] Tokens, SentenceFindings Findings) kept, Sentence sentence)
    {
        var words = sentence.Words;
        if (words.Count != kept.Tokens.Length)
        {
            return false;
        }

        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i].Span;
            var token = kept.Tokens[i].Span;
            if (word.Length != token.Length || word.Start - sentence.Span.Start != token.Start - kept.Start)
            {
                return false;
            }
        }

        return true;
    }

    private static Token[] Moved(Token[] tokens, int by)
    {
        var moved = new Token[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
        {
            moved[i] = tokens[i] with { Span = new TextSpan(tokens[i].Span.Start + by, tokens[i].Span.Length) };
        }

        return moved;
    }
}
