using Lint.Rules.Kinds.NameSpelling;
using static Lint.Rules.Tests.KindTester;

namespace Lint.Rules.Tests.Kinds;

public class NameSpellingKindTests
{
    [Theory]
    [InlineData("Pruitt", "Pruit", true)]
    [InlineData("Saraiva", "Saravia", true)]
    [InlineData("Halvorsen", "Halvorson", true)]
    [InlineData("Pruitt", "Pruitt", false)]
    [InlineData("Pruitt", "Pratt", false)]
    [InlineData("Halvorsen", "Halvorssen", true)]
    [InlineData("Halvorsen", "Halvorsson", false)]
    public void One_edit_is_a_letter_added_dropped_changed_or_swapped(string a, string b, bool expected)
    {
        Assert.Equal(expected, EditDistance.IsOneEdit(a, b));
        Assert.Equal(expected, EditDistance.IsOneEdit(b, a));
    }

    [Fact]
    public void Re_lints_of_a_changing_story_give_what_a_fresh_run_gives()
    {
        const string rule = "extends: namespelling\nmessage: \"'%s' vs '%s' (%s)\"\nexceptions: [Saravia]\n";
        // The same words come back while which spelling is the usual one changes, and an exception is written.
        string[] versions =
        [
            "Coach Ana Halvorsen arrived. Halvorsen trained. Halvorson left early.",
            "Coach Ana Halvorson arrived. Halvorson trained. Halvorsen left early.",
            "Coach Ana Saraiva arrived. Saraiva trained. Saravia left early.",
            "Coach Ana Halvorsen arrived. Halvorsen trained. Halvorson left early.",
        ];

        Relint(rule, versions);

        Assert.Equal(["Halvorson"], Run(rule, versions[0]).Select(d => Flagged(versions[0], d)));
        Assert.Equal(["Halvorsen"], Run(rule, versions[1]).Select(d => Flagged(versions[1], d)));
        Assert.Empty(Run(rule, versions[2]));
    }

    [Fact]
    public void The_rare_spelling_of_a_name_is_flagged_with_the_usual_one_as_fix()
    {
        const string text = "Coach Ana Saraiva arrived. Saraiva trained. Saravia left early.";

        var finding = Assert.Single(Run("extends: namespelling\nmessage: \"'%s' vs '%s' (%s)\"\n", text));

        Assert.Equal("'Saravia' vs 'Saraiva' (2 times elsewhere in the story)", finding.Message);
        Assert.Equal("Saraiva", finding.Fix!.Edits[0].NewText);
    }

    [Fact]
    public void Demonyms_plurals_and_words_never_part_of_a_name_are_left_alone() =>
        Assert.Empty(Run("extends: namespelling\nmessage: m\n", "Russia and Russia again. The Russian side and Russia met. Where Johnsons and Johnson met."));

    [Theory]
    [InlineData("Halvorsen", "Halverson", true)]
    [InlineData("Saraiva", "Saravia", false)]
    [InlineData("Pruitt", "Pruitt", false)]
    [InlineData("Halvorsen", "Halvorsan", false)]
    public void A_swap_is_two_letters_apart_trading_places(string a, string b, bool expected)
    {
        Assert.Equal(expected, EditDistance.IsSwap(a, b));
        Assert.Equal(expected, EditDistance.IsSwap(b, a));
    }

    [Theory]
    [InlineData("Ibáñez", "Ibanez", true)]
    [InlineData("Zoë", "Zoe", true)]
    [InlineData("ÉLODIE", "ELODIE", true)]
    [InlineData("Sørensen", "Sorensen", false)]
    [InlineData("Zoe", "Zoe", false)]
    public void Accents_only_differ_in_the_marks_on_letters(string a, string b, bool expected) =>
        Assert.Equal(expected, EditDistance.IsAccentsOnly(a, b));

    [Theory]
    [InlineData("Papadoulis", "Papadolius", true)]
    [InlineData("Halvorsen", "Halvrsoen", true)]
    [InlineData("Papadoulis", "Papadoulis", false)]
    [InlineData("Papadoulis", "Papadiulos", false)]
    [InlineData("Marlow", "Malrow", false)]
    [InlineData("Carlsbad", "Carlbsad", false)]
    public void A_letter_moved_two_places_in_a_long_name_is_a_near_miss(string a, string b, bool expected)
    {
        Assert.Equal(expected, EditDistance.IsLetterMoved(a, b));
        Assert.Equal(expected, EditDistance.IsLetterMoved(b, a));
    }

    [Theory]
    [InlineData("Norvale", "Norvail", true)]
    [InlineData("Fernlight", "Fernlite", true)]
    [InlineData("Whitacre", "Whitaker", true)]
    [InlineData("Meenakshi", "Minakshi", true)]
    [InlineData("Vandermolen", "Vandermeulen", true)]
    [InlineData("Stephens", "Stevens", false)]
    [InlineData("Reid", "Reed", false)]
    [InlineData("Ashworth", "Ashford", false)]
    public void Two_spellings_of_one_sound_are_a_near_miss(string a, string b, bool expected)
    {
        Assert.Equal(expected, EditDistance.IsSoundAlike(a, b));
        Assert.Equal(expected, EditDistance.IsSoundAlike(b, a));
    }

    [Theory]
    [InlineData("Norvale", "nrvl")]
    [InlineData("Fernlight", "frnlt")]
    [InlineData("Whitaker", "wtkr")]
    [InlineData("Ashworth", "aswrt")]
    [InlineData("Philippa", "flp")]
    public void A_sound_key_is_the_first_letter_and_the_consonants_as_heard(string name, string key) =>
        Assert.Equal(key, SoundKey.Of(name));

    [Theory]
    [InlineData("Tremellen", "Tremmelen", true)]
    [InlineData("Phillips", "Philipps", true)]
    [InlineData("Tremellen", "Tremellen", false)]
    [InlineData("Tremellen", "Tremallen", false)]
    [InlineData("Tremellen", "Tremelen", false)]
    [InlineData("Pellow", "Pillow", false)]
    public void A_doubled_letter_moved_reads_the_same_with_one_of_each_pair_taken_out(string a, string b, bool expected)
    {
        Assert.Equal(expected, EditDistance.IsDoublingMoved(a, b));
        Assert.Equal(expected, EditDistance.IsDoublingMoved(b, a));
    }

    [Theory]
    [InlineData("Okoli-Vance", "Okoli-Vane", true)]
    [InlineData("Ferreira-Dunne", "Ferreira-Dunn", true)]
    [InlineData("Okoli-Vance", "Okoli-Marsh", false)]
    [InlineData("Okoli-Vance", "Okafor-Vance", false)]
    [InlineData("Al-Vance", "Al-Vane", false)]
    public void A_hyphenated_name_may_differ_in_its_last_part_by_two_letters(string a, string b, bool expected)
    {
        Assert.Equal(expected, EditDistance.IsCompoundNearMiss(a, b));
        Assert.Equal(expected, EditDistance.IsCompoundNearMiss(b, a));
    }

    [Fact]
    public void A_short_name_written_without_its_accent_is_flagged() =>
        Assert.Equal("Jose", Flagged("Coach José Marín spoke. José Marín left. Jose Marín returned.", Assert.Single(Run(Rule, "Coach José Marín spoke. José Marín left. Jose Marín returned."))));

    [Fact]
    public void A_second_person_with_a_near_surname_is_left_alone() =>
        Assert.Empty(Run(Rule, "Sen. Mark Carlson spoke. Carlson said so. Carlson's aide, Ted Carlsen, agreed."));

    [Fact]
    public void Across_stories_the_name_two_stories_write_next_to_the_same_word_wins()
    {
        var findings = Run(
            Rule + "corpus: true\n",
            ("a.txt", "Pelham Analytics built the app. It works."),
            ("b.txt", "The city hired Pelham Analytics."),
            ("c.txt", "Pellham Analytics won the bid. Pellham said it was glad."));

        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.Equal("c.txt", f.Location.Path));
        Assert.Equal("'Pellham' vs 'Pelham' (in 2 other stories)", findings[0].Message);
    }

    [Fact]
    public void Across_stories_a_name_in_one_story_each_is_left_alone() =>
        Assert.Empty(Run(
            Rule + "corpus: true\n",
            ("a.txt", "Judge Ana Marsh ruled."),
            ("b.txt", "Judge Ana Marsch ruled.")));

    [Fact]
    public void Across_stories_a_capitalized_word_that_opens_the_sentence_is_no_evidence() =>
        Assert.Empty(Run(
            Rule + "corpus: true\n",
            ("a.txt", "The Larsen family sold the farm."),
            ("b.txt", "The Larsen family moved away."),
            ("c.txt", "The Larson rooftop caught fire.")));

    private const string Rule = "extends: namespelling\nmessage: \"'%s' vs '%s' (%s)\"\n";
}
