using Lint.Language;

namespace Lint.Core.Tests.Language;

public class PennTagsTests
{
    [Fact]
    public void Each_candidate_tag_gives_its_Penn_names()
    {
        var names = PennTags.Of(WordTags.Verb | WordTags.PastParticiple).ToList();

        Assert.Equal(["VB", "VBP", "VBN"], names);
    }

    [Fact]
    public void A_plural_proper_noun_is_also_NNPS()
    {
        Assert.Contains("NNPS", PennTags.Of(WordTags.ProperNoun | WordTags.PluralNoun));
        Assert.DoesNotContain("NNPS", PennTags.Of(WordTags.ProperNoun));
    }

    [Theory]
    [InlineData("has", WordTags.ThirdPersonVerb)]
    [InlineData("is", WordTags.ThirdPersonVerb)]
    [InlineData("were", WordTags.PastTense)]
    [InlineData("had", WordTags.PastTense | WordTags.PastParticiple)]
    [InlineData("been", WordTags.PastParticiple)]
    [InlineData("being", WordTags.Gerund)]
    [InlineData("are", WordTags.Verb)]
    public void The_forms_of_the_auxiliaries_have_their_own_tags(string word, WordTags expected)
    {
        var tags = Lexicon.Default.Lookup(word).Tags;

        Assert.Equal(expected, tags & expected);
        Assert.True(tags.HasFlag(WordTags.Auxiliary));
    }

    [Fact]
    public void A_past_form_of_an_auxiliary_is_not_a_present_one()
    {
        Assert.False(Lexicon.Default.Lookup("were").Tags.HasFlag(WordTags.ThirdPersonVerb));
        Assert.False(Lexicon.Default.Lookup("is").Tags.HasFlag(WordTags.PastTense));
    }
}
