using Lint.Language;
using Lint.Syntax;
using Lint.Text;

namespace Lint.Core.Tests.Language;

public class TaggerTests
{
    private static IReadOnlyList<Token> Tag(string text) => TaggedText.Of(text);

    [Fact]
    public void A_sentence_tagged_in_an_earlier_story_keeps_its_tags_and_moves_with_its_words()
    {
        const string sentence = "They would record it on Monday.";
        var tagged = new List<IReadOnlyList<Token>>();
        foreach (var before in new[] { "", "A lede. ", "A longer lede. " })
        {
            var text = before + sentence;
            var span = new TextSpan(before.Length, sentence.Length);
            tagged.Add(new Sentence(span, WordTokenizer.Tokenize(text, span)).Tokens(new SourceText(text)));
        }

        Assert.All(tagged, tokens => Assert.Equal(Tag(sentence).Select(t => (t.Text, t.Tags, t.Lemma)), tokens.Select(t => (t.Text, t.Tags, t.Lemma))));
        Assert.Equal([0, 8, 15], tagged.Select(tokens => tokens[0].Span.Start));
        Assert.Equal(new TextSpan(15 + 24, 6), tagged[2][5].Span);
    }

    [Fact]
    public void What_a_rule_found_in_a_sentence_comes_back_with_it_and_a_changed_sentence_is_read_again()
    {
        var rule = new object();
        var reads = 0;
        string Find(string text, Sentence sentence, IReadOnlyList<Token> tokens)
        {
            reads++;
            return string.Join(' ', tokens.Select(t => t.Text));
        }

        string FoundIn(string before, string sentence, object key)
        {
            var text = before + sentence;
            var span = new TextSpan(before.Length, sentence.Length);
            return new Sentence(span, WordTokenizer.Tokenize(text, span)).FoundIn(new SourceText(text), key, Find);
        }

        // An editor's re-lints: the sentence, then moved, then back; kept from its second sighting.
        const string sentence = "The zoning board tabled the quarry permit again.";
        Assert.All(new[] { "", "A lede. ", "A longer lede. ", "" }, before => Assert.Equal("The zoning board tabled the quarry permit again", FoundIn(before, sentence, rule)));
        Assert.Equal(2, reads);

        // A changed sentence is read again, and another rule finds its own.
        Assert.Equal("The zoning board approved the quarry permit again", FoundIn("A lede. ", "The zoning board approved the quarry permit again.", rule));
        Assert.Equal(3, reads);
        Assert.Equal("The zoning board tabled the quarry permit again", FoundIn("", sentence, new object()));
        Assert.Equal(4, reads);
    }

    [Fact]
    public void A_word_after_a_determiner_is_not_a_verb()
    {
        var tokens = Tag("The record stands.");
        Assert.True(tokens[1].Is(WordTags.Noun));
        Assert.False(tokens[1].Is(WordTags.Verb));
    }

    [Fact]
    public void A_word_after_a_modal_is_a_verb()
    {
        var tokens = Tag("They would record it.");
        Assert.True(tokens[2].Is(WordTags.Verb));
        Assert.False(tokens[2].Is(WordTags.Noun));
    }

    [Fact]
    public void A_capitalized_word_inside_a_sentence_is_a_proper_noun_and_keeps_its_casing()
    {
        var tokens = Tag("She met Ethan Cole on Monday.");
        Assert.True(tokens[2].Is(WordTags.ProperNoun));
        Assert.Equal(Casing.Capitalized, tokens[3].Casing);
        Assert.True(tokens[5].Names.HasFlag(NameKinds.Day));
    }

    [Theory]
    [InlineData("The stallholders left early.", 1, true)]
    [InlineData("The qwertyzz left early.", 1, false)]
    [InlineData("The zorbalus left early.", 1, false)]
    [InlineData("The Zorbaks left early.", 1, false)]
    public void A_lower_case_word_the_lexicon_lacks_with_a_plurals_ending_is_a_plural_noun(string sentence, int at, bool plural)
    {
        var tokens = Tag(sentence);
        Assert.Equal(plural, tokens[at].Is(WordTags.PluralNoun));
    }

    [Fact]
    public void Tokens_carry_their_spans_and_lemmas()
    {
        var tokens = Tag("Officials went home.");
        Assert.Equal(new TextSpan(10, 4), tokens[1].Span);
        Assert.Equal("go", tokens[1].Lemma);
        Assert.Equal("official", tokens[0].Lemma);
    }
}
