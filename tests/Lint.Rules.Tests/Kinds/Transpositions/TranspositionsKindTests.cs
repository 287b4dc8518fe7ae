using Lint.Rules.Kinds.Transpositions;
using Lint.Rules.Loading;
using static Lint.Rules.Tests.KindTester;

namespace Lint.Rules.Tests.Kinds.Transpositions;

public class TranspositionsKindTests
{
    private const string Rule = """
        extends: transpositions
        message: "'%s' against '%s'."
        figures: ['\$\d{1,3}(?:,\d{3})*', '(?<![\d$,])\d{1,3}(?:,\d{3})+']
        """;

    [Fact]
    public void The_figure_used_fewer_times_is_flagged_at_each_use_with_the_other()
    {
        const string text = "It cost $48,125. Later, $48,125 again.\n\nNo: the $48,215 bill.";

        var finding = Assert.Single(Run(Rule, text));

        Assert.Equal("$48,215", Flagged(text, finding));
        Assert.Equal("'$48,215' against '$48,125'.", finding.Message);
    }

    [Fact]
    public void When_both_are_used_as_often_the_later_one_is_flagged()
    {
        const string text = "Turnout was 14,362.\n\nOf the 14,632 who voted, most backed it.";

        var finding = Assert.Single(Run(Rule, text));

        Assert.Equal("14,632", Flagged(text, finding));
    }

    [Theory]
    [InlineData("It cost $1,250 and then $1,520.")]
    [InlineData("It cost $48,125 and 48,215 people came.")]
    [InlineData("It cost $48,125 and then $48,521.")]
    public void Short_figures_figures_written_differently_and_other_changes_are_left_alone(string text) =>
        Assert.Empty(Run(Rule, text));

    [Fact]
    public void Digits_counts_only_what_comes_before_trailing_zeros()
    {
        const string text = "It cost $1,250,000 and then $1,520,000.";

        Assert.Empty(Run(Rule, text));
        Assert.Single(Run(Rule + "\ndigits: 3", text));
    }

    [Theory]
    [InlineData("3124", "3214", true)]
    [InlineData("3124", "3142", true)]
    [InlineData("3124", "4123", false)]
    [InlineData("3124", "31240", false)]
    [InlineData("3124", "3124", false)]
    public void Swapped_means_two_neighbouring_digits_and_nothing_else(string a, string b, bool swapped) =>
        Assert.Equal(swapped, SwappedDigits.AreSwapped(a, b));

    [Fact]
    public void A_rule_without_figures_is_refused()
    {
        var errors = new RuleErrors("Test/Rule.yml");

        Assert.Null(RuleLoader.LoadOne(new RuleSource(errors.Path, "Test.Rule", "extends: transpositions\nmessage: x\n"), errors));
        Assert.NotEmpty(errors.All);
    }
}
