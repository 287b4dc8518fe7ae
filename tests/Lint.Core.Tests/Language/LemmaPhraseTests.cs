using Lint.Language;
using Lint.Syntax;
using Lint.Text;

namespace Lint.Core.Tests.Language;

public class LemmaPhraseTests
{
    private static List<string> Find(string phrase, string text)
    {
        var words = WordTokenizer.Tokenize(text, new TextSpan(0, text.Length));
        var tokens = Tagger.Tag(text, new Sentence(new TextSpan(0, text.Length), words), Lexicon.Default);
        var parsed = LemmaPhrase.Parse(phrase, out var error) ?? throw new InvalidOperationException(error);
        return parsed.Matches(tokens).Select(m => text[tokens[m.First].Span.Start..tokens[m.Last].Span.End]).ToList();
    }

    [Theory]
    [InlineData("funnel ... money", "The aide funneled the campaign money abroad.", "funneled the campaign money")]
    [InlineData("steal", "He stole a car; she steals bikes.", "stole")]
    [InlineData("{superlative} ... in ... history", "It was the hottest summer in the town's history.", "hottest summer in the town's history")]
    [InlineData("{possessive} failure to", "It followed the county's failure to act.", "county's failure to")]
    [InlineData("lose|fail because", "The bid failed because few voted.", "failed because")]
    public void A_phrase_matches_every_inflection_of_its_words(string phrase, string text, string expected) =>
        Assert.Equal(expected, Find(phrase, text)[0]);

    [Fact]
    public void An_exact_form_matches_only_itself() =>
        Assert.Empty(Find("=stole", "She steals bikes."));

    [Fact]
    public void A_gap_is_at_most_four_words() =>
        Assert.Empty(Find("will ... off", "They will take one two three four five off."));

    [Theory]
    [InlineData("... money", "'...' must stand between two words.")]
    [InlineData("money ...", "'...' must stand between two words.")]
    [InlineData("{adverb} money", "'{adverb}' is not a word class: use {number}, {superlative} or {possessive}.")]
    [InlineData("   ", "The phrase has no words.")]
    public void A_phrase_that_cannot_be_read_says_why(string phrase, string message)
    {
        Assert.Null(LemmaPhrase.Parse(phrase, out var error));
        Assert.Equal(message, error);
    }
}
