using Lint.Syntax;
using Lint.Text;

namespace Lint.Language;

/// <summary>
/// Reads a sentence's words into <see cref="Token"/>s: each word's candidates from the <see cref="Lexicon"/>,
/// then narrowed by its neighbours where English leaves no doubt (after "the" a word is not a verb; after
/// "would" it is one). A word the lexicon does not know is a proper noun when capitalized, and a plural noun when it is
/// in lower case with a plural's ending. The tokens of a
/// sentence are read once and kept with it, and with its text for the next story that holds the same
/// sentence (<see cref="TaggedSentences"/>: an editor's next re-lint).
/// </summary>
public static class Tagger
{
    private static readonly Func<string, Sentence, Token[]> TagByDefault = static (text, sentence) => Read(text, sentence, Lexicon.Default);

    public static IReadOnlyList<Token> Tokens(this Sentence sentence, SourceText text)
    {
        if (sentence.Tokens is { } tokens)
        {
            return tokens;
        }

        var tagged = TaggedSentences.Default.Tokens(text.Content, sentence, TagByDefault, out var findings);
        sentence.Findings = findings;
        return sentence.Tokens = tagged;
    }

    /// <summary>
    /// What <paramref name="find"/> works out for <paramref name="rule"/> (a key compared by reference: the rule's
    /// analyzer) from the sentence's tokens and its text alone, kept with the tokens: an unchanged sentence of a
    /// later article (an editor's re-lint), moved or not, gets it back without <paramref name="find"/> running.
    /// The result must not depend on anything outside the sentence, nor on where the sentence is in the article
    /// (token indices, not spans).
    /// </summary>
    public static T FoundIn<T>(this Sentence sentence, SourceText text, object rule, Func<string, Sentence, IReadOnlyList<Token>, T> find)
        where T : class
    {
        var tokens = sentence.Tokens(text);
        return sentence.Findings is { } findings
            ? findings.GetOrAdd(rule, text.Content, sentence, tokens, find)
            : find(text.Content, sentence, tokens);
    }

    public static IReadOnlyList<Token> Tag(string text, Sentence sentence, Lexicon lexicon) => Read(text, sentence, lexicon);

    private static Token[] Read(string text, Sentence sentence, Lexicon lexicon)
    {
        var words = sentence.Words;
        var tokens = new Token[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            tokens[i] = Read(text, words[i].Span, lexicon, sentenceStart: i == 0);
        }

        Narrow(tokens);
        return tokens;
    }

    private static Token Read(string text, TextSpan span, Lexicon lexicon, bool sentenceStart)
    {
        var word = text.Substring(span.Start, span.Length);
        var entry = lexicon.Lookup(word);
        var casing = CasingOf.Word(word);
        var tags = entry.Tags;
        if (char.IsDigit(word[0]))
        {
            tags = WordTags.Number;
        }
        else if (casing is Casing.Capitalized or Casing.Mixed && (!sentenceStart || !entry.IsCommonWord))
        {
            // "Monday", "Cole", "iPhone": a name, whatever else the word can be in lower case.
            tags |= WordTags.ProperNoun;
        }
        else if (tags == WordTags.None && casing == Casing.Upper)
        {
            tags = WordTags.ProperNoun;
        }
        else if (tags == WordTags.None && casing == Casing.Lower && LooksPlural(word))
        {
            // "stallholders", "dehumidifiers": a lower-case word the lexicon lacks, with a plural's ending, is read
            // as a plural noun, as a tagger guesses by the suffix.
            tags = WordTags.PluralNoun;
        }

        return new Token(span, word, tags, entry.Lemma, entry.Names, entry.IsCommonWord, entry.IsRoleNoun, casing);
    }

    /// <summary>Five letters or more ending in "s" but not in "ss", "us", "is" or "ous" ("compressors", not "syllabus").</summary>
    private static bool LooksPlural(string word) =>
        word.Length >= 5 && word[^1] == 's' && word[^2] is not ('s' or 'u' or 'i') && WordShape.IsAllLetters(word);

    private static void Narrow(Token[] tokens)
    {
        for (var i = 1; i < tokens.Length; i++)
        {
            var previous = tokens[i - 1];
            var token = tokens[i];
            var tags = token.Tags;
            const WordTags Nominal = WordTags.AnyNoun | WordTags.Adjective | WordTags.Number;
            if (previous.Tags == WordTags.Determiner || previous.Tags == (WordTags.Determiner | WordTags.Pronoun)
                || previous.Tags.HasFlag(WordTags.Possessive))
            {
                // "the record", "their record": a noun or an adjective, not a verb.
                if ((tags & Nominal) != 0)
                {
                    tags &= ~(WordTags.Verb | WordTags.ThirdPersonVerb | WordTags.PastTense);
                }
            }
            else if (previous.Tags.HasFlag(WordTags.Modal) || previous.Tags == WordTags.To)
            {
                // "would record", "to record": the base form of a verb.
                if ((tags & WordTags.Verb) != 0 && !tags.HasFlag(WordTags.Adverb))
                {
                    tags = (tags & ~(WordTags.AnyNoun | WordTags.Adjective)) | (tags & WordTags.ProperNoun);
                }
            }

            if (tags != token.Tags)
            {
                tokens[i] = token with { Tags = tags };
            }
        }
    }
}
