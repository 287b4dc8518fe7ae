using Lint.Language;
using Lint.Syntax;
using Lint.Text;

namespace Lint.Core.Tests.Language;

public class TaggerTests
{
    private static IReadOnlyList<Token> Tag(string text)
    {
        var words = WordTokenizer.Tokenize(text, new TextSpan(0, text.Length));
        return Tagger.Tag(text, new Sentence(new TextSpan(0, text.Length), words), Lexicon.Default);
    }

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

    [Fact]
    public void Tokens_carry_their_spans_and_lemmas()
    {
        var tokens = Tag("Officials went home.");
        Assert.Equal(new TextSpan(10, 4), tokens[1].Span);
        Assert.Equal("go", tokens[1].Lemma);
        Assert.Equal("official", tokens[0].Lemma);
    }
}
