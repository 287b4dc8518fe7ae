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

    [Fact]
    public void The_swaps_of_a_figure_are_its_unlike_neighbours_swapped_one_pair_at_a_time()
    {
        Assert.Equal(["1324", "3214", "3142"], SwappedDigits.Swaps("3124"));
        Assert.Equal(["3234", "3342"], SwappedDigits.Swaps("3324"));
    }

    [Fact]
    public void A_story_of_many_figures_is_read_in_one_pass()
    {
        var text = string.Join(' ', Enumerable.Range(10_000, 20_000).Select(n => $"${n:N0}.")) + " It cost $48,125 and then $48,215.";

        var found = Run(Rule, text);

        Assert.Contains(found, f => Flagged(text, f) == "$48,215");
    }

    [Fact]
    public void A_rule_without_figures_is_refused()
    {
        var errors = new RuleErrors("Test/Rule.yml");

        Assert.Null(RuleLoader.LoadOne(new RuleSource(errors.Path, "Test.Rule", "extends: transpositions\nmessage: x\n"), errors));
        Assert.NotEmpty(errors.All);
    }
}
