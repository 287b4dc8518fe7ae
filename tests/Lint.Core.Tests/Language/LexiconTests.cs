using Lint.Language;

namespace Lint.Core.Tests.Language;

public class LexiconTests
{
    private static readonly Lexicon Lexicon = Lexicon.Default;

    [Theory]
    [InlineData("monday", NameKinds.Day)]
    [InlineData("July", NameKinds.Month)]
    [InlineData("vietnam", NameKinds.Place)]
    [InlineData("shakespeare", NameKinds.Person)]
    [InlineData("mexican", NameKinds.Nationality)]
    public void Names_are_known_in_any_case(string word, NameKinds kind) =>
        Assert.True(Lexicon.Lookup(word).Names.HasFlag(kind), $"{word}: {Lexicon.Lookup(word).Names}");

    [Theory]
    [InlineData("monday", false)]
    [InlineData("vietnam", false)]
    [InlineData("march", true)]
    [InlineData("bill", true)]
    [InlineData("mars", true)]
    public void Whether_a_name_is_also_a_common_word(string word, bool common) =>
        Assert.Equal(common, Lexicon.Lookup(word).IsCommonWord);

    [Theory]
    [InlineData("korean war", NameKinds.Event)]
    [InlineData("French Revolution", NameKinds.Event)]
    public void Names_of_several_words(string phrase, NameKinds kind) =>
        Assert.True(Lexicon.LookupName(phrase).HasFlag(kind));

    // From WordNet (O'Keeffe, March), from the hand-written closed classes (Election Day, New Year's Day), and
    // a possessive of a known name; a common word that names nothing has no written form.
    [Theory]
    [InlineData("o'keeffe", "O'Keeffe")]
    [InlineData("MARCH", "March")]
    [InlineData("election day", "Election Day")]
    [InlineData("new year's day", "New Year's Day")]
    [InlineData("shakespeare's", "Shakespeare's")]
    [InlineData("table", null)]
    public void How_a_name_is_written(string phrase, string? written) =>
        Assert.Equal(written, Lexicon.NameForm(phrase));

    [Fact]
    public void A_day_named_in_the_closed_classes_is_a_holiday_whatever_its_case() =>
        Assert.Equal(NameKinds.Holiday, Lexicon.LookupName("ELECTION DAY"));

    [Theory]
    [InlineData("went", WordTags.PastTense, "go")]
    [InlineData("gone", WordTags.PastParticiple, "go")]
    [InlineData("officials", WordTags.PluralNoun, "official")]
    [InlineData("filed", WordTags.PastTense, "file")]
    [InlineData("stopping", WordTags.Gerund, "stop")]
    [InlineData("carries", WordTags.ThirdPersonVerb, "carry")]
    [InlineData("would", WordTags.Modal, "would")]
    [InlineData("the", WordTags.Determiner, "the")]
    public void Inflected_forms_have_their_tag_and_lemma(string word, WordTags tag, string lemma)
    {
        var entry = Lexicon.Lookup(word);
        Assert.True(entry.Tags.HasFlag(tag), $"{word}: {entry.Tags}");
        Assert.Equal(lemma, entry.Lemma);
    }

    [Theory]
    [InlineData("children", "child")]
    [InlineData("geese", "goose")]
    [InlineData("women", "woman")]
    [InlineData("chairmen", "chairman")]
    [InlineData("people", "people")]
    [InlineData("police", "police")]
    public void Plurals_without_an_s_are_plural_nouns_and_not_singular_ones(string word, string lemma)
    {
        var entry = Lexicon.Lookup(word);
        Assert.True(entry.Tags.HasFlag(WordTags.PluralNoun), $"{word}: {entry.Tags}");
        Assert.False(entry.Tags.HasFlag(WordTags.Noun), $"{word}: {entry.Tags}");
        Assert.Equal(lemma, entry.Lemma);
    }

    [Theory]
    [InlineData("data")]
    [InlineData("specimen")]
    [InlineData("is")]
    public void Words_that_only_look_like_irregular_plurals_stay_singular(string word) =>
        Assert.False(Lexicon.Lookup(word).Tags.HasFlag(WordTags.PluralNoun), $"{word}: {Lexicon.Lookup(word).Tags}");

    [Theory]
    [InlineData("is", WordTags.ThirdPersonVerb)]
    [InlineData("are", WordTags.Verb)]
    [InlineData("do", WordTags.Verb)]
    [InlineData("have", WordTags.Verb)]
    public void Auxiliaries_are_verbs_and_no_nouns(string word, WordTags tag)
    {
        var entry = Lexicon.Lookup(word);
        Assert.True(entry.Tags.HasFlag(tag), $"{word}: {entry.Tags}");
        Assert.False(entry.Tags.HasFlag(WordTags.Noun), $"{word}: {entry.Tags}");
    }

    [Fact]
    public void Went_is_not_a_past_participle() =>
        Assert.False(Lexicon.Lookup("went").Tags.HasFlag(WordTags.PastParticiple));

    [Theory]
    [InlineData("aide", true)]
    [InlineData("employees", true)]
    [InlineData("supervisor", true)]
    [InlineData("budget", false)]
    public void Role_nouns_name_kinds_of_people(string word, bool role) =>
        Assert.Equal(role, Lexicon.Lookup(word).IsRoleNoun);

    [Fact]
    public void A_word_it_does_not_know_is_unknown() =>
        Assert.True(Lexicon.Lookup("qzxwv").IsUnknown);

    [Theory]
    [InlineData("est")]
    [InlineData("er")]
    [InlineData("ing")]
    [InlineData("ed")]
    public void A_word_that_is_only_an_ending_is_looked_up_without_failing(string word) =>
        Assert.Equal(word, Lexicon.Lookup(word).Lemma);

    [Theory]
    [InlineData("does", "do")]
    [InlineData("being", "be")]
    [InlineData("having", "have")]
    [InlineData("is", "be")]
    [InlineData("has", "have")]
    public void The_forms_of_the_auxiliaries_have_their_lemma(string word, string lemma) =>
        Assert.Equal(lemma, Lexicon.Lookup(word).Lemma);

    [Theory]
    [InlineData("teh", true)]
    [InlineData("goverment", true)]
    [InlineData("councill", true)]
    [InlineData("Recieve", true)]
    [InlineData("ashgrove", false)]
    [InlineData("kessock", false)]
    [InlineData("qzxwv", false)]
    public void A_slip_is_one_keystroke_from_an_ordinary_word(string word, bool slip) =>
        Assert.Equal(slip, Lexicon.IsSlipOfCommonWord(word));

    [Fact]
    public void The_longest_ordinary_word_has_slips_and_a_longer_run_of_letters_is_none()
    {
        Assert.True(Lexicon.IsSlipOfCommonWord("pneumonoultramicroscopicsilicovolcanoconiosiss"));
        Assert.False(Lexicon.IsSlipOfCommonWord(string.Concat(Enumerable.Repeat("thadded", 2_000))));
    }
}
