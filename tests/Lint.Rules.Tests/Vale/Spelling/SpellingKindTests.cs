using Lint.Analysis;
using Lint.Syntax;
using Lint.Text;
using static Lint.Rules.Tests.Vale.Spelling.SpellingRules;

namespace Lint.Rules.Tests.Vale.Spelling;

/// <summary>Vale's <c>spelling</c> kind with the shipped en_US dictionary: its filters, case handling and message.</summary>
public class SpellingKindTests
{
    [Fact]
    public void Misspelled_words_are_flagged_and_the_message_names_them()
    {
        const string story = "The reporter recieved teh letter on Monday.";
        var rule = Assert.Single(Load(string.Empty).Rules);
        var document = new PlainTextParser().Parse("story.txt", new SourceText(story));

        var messages = new AnalyzerDriver([rule.Analyzer]).Analyze(document).Select(d => d.Message);

        Assert.Equal(["Did you really mean 'recieved'?", "Did you really mean 'teh'?"], messages);
    }

    [Fact]
    public void A_capitalized_word_at_a_sentence_start_and_forms_made_by_affixes_are_correct() =>
        Assert.Empty(Flagged(string.Empty, "Houses were rebuilt. Untried teachers' unions recreated the reporter's notes."));

    [Fact]
    public void A_proper_noun_in_lower_case_is_flagged() =>
        Assert.Equal(["paris"], Flagged(string.Empty, "She moved to paris in May."));

    [Fact]
    public void A_curly_apostrophe_is_read_as_a_straight_one_as_the_dictionary_says() =>
        Assert.Empty(Flagged(string.Empty, "They don’t know."));

    [Fact]
    public void By_default_acronyms_mixed_case_words_figures_and_hyphenated_words_are_not_checked() =>
        Assert.Empty(Flagged(string.Empty, "NASA and ZorbDB said the x86 chips, 3,000 of them, were re-zorbed in the U.S. by iOS."));

    [Fact]
    public void Custom_turns_the_default_filters_off() =>
        Assert.Equal(["XYZZY", "ZorbDB", "x86q"], Flagged("custom: true\n", "XYZZY and ZorbDB shipped x86q chips."));

    [Fact]
    public void Figures_ordinals_and_units_the_dictionary_has_are_correct_without_the_filters() =>
        Assert.Empty(Flagged("custom: true\n", "The 21st floor held 1,200 servers with 100GB each, and 3.5 more."));

    [Fact]
    public void With_custom_words_in_capitals_are_found_in_lower_case() =>
        Assert.Equal(["TEH"], Flagged("custom: true\n", "THE REPORTER FILED TEH STORY."));

    [Fact]
    public void A_word_a_filter_matches_anywhere_is_not_checked() =>
        Assert.Equal(["teh"], Flagged("filters: ['[Vv]exl']\n", "Vexlan and avexlor met teh press."));

    [Fact]
    public void A_bad_filter_is_an_error_at_its_line() =>
        Assert.Contains("Spelling.yml:3:", Error("filters: ['(unclosed']\n"), StringComparison.Ordinal);

    [Fact]
    public void Scope_limits_the_blocks_checked() =>
        Assert.Equal(["teh"], Flagged("scope: paragraph\n", "A Headline With Zorbles\n\nThe body has teh typo in it, a long sentence of words."));
}
