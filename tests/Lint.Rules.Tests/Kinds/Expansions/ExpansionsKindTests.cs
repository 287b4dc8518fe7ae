using Lint.Rules.Loading;
using static Lint.Rules.Tests.KindTester;

namespace Lint.Rules.Tests.Kinds.Expansions;

public class ExpansionsKindTests
{
    private const string Rule = """
        extends: expansions
        message: "'%s' in '%s' (%s): '%s'."
        skip: [of, and, for, the]
        """;

    [Fact]
    public void A_lower_case_word_that_gives_a_letter_of_the_abbreviation_is_flagged_with_the_name_and_its_capital()
    {
        const string text = "The Lake Water Quality commission (LWQC) met on Friday.";

        var finding = Assert.Single(Run(Rule, text));

        Assert.Equal("commission", Flagged(text, finding));
        Assert.Equal("'commission' in 'Lake Water Quality commission' (LWQC): 'Commission'.", finding.Message);
        Assert.Equal("Commission", Assert.Single(finding.Fix!.Edits).NewText);
    }

    [Theory]
    [InlineData("The Board of Water Supply (BWS) and the Office for Rail and Roads (ORR) met.")]
    [InlineData("Officials of the Department of Finance (DOF) spoke.")]
    [InlineData("Crews used a remotely piloted aircraft (RPA) after the fire.")]
    [InlineData("Water Quality commission (WQC) members met.")]
    [InlineData("The Lake Water, Quality commission (LWQC) met.")]
    [InlineData("The Lake Water Quality commission (LQC) met.")]
    public void Small_words_descriptions_and_words_that_do_not_spell_the_abbreviation_are_left_alone(string text) =>
        Assert.Empty(Run(Rule, text));

    [Fact]
    public void Each_part_of_a_hyphenated_word_gives_a_letter_and_each_capitalized_part_counts()
    {
        const string text = "The Anti-Graft unit (AGU) and the Co-operative bank (CB) spoke.";

        var finding = Assert.Single(Run(Rule, text));

        Assert.Equal("unit", Flagged(text, finding));
    }

    [Fact]
    public void Capitals_asks_for_more_capitalized_words()
    {
        const string text = "The Lake Water Quality commission (LWQC) met.";

        Assert.Single(Run(Rule, text));
        Assert.Empty(Run(Rule + "\ncapitals: 4", text));
    }

    [Fact]
    public void A_capitals_count_out_of_range_is_refused()
    {
        var errors = new RuleErrors("Test/Rule.yml");
        var rule = RuleLoader.LoadOne(new RuleSource(errors.Path, "Test.Rule", Rule + "\ncapitals: 0\n"), errors);

        Assert.Null(rule);
        Assert.NotEmpty(errors.All);
    }
}
