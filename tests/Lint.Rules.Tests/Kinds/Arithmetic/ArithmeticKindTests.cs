using Lint.Rules.Loading;
using static Lint.Rules.Tests.KindTester;

namespace Lint.Rules.Tests.Kinds.Arithmetic;

public class ArithmeticKindTests
{
    private const string Rule = """
        extends: arithmetic
        message: "'%s': %s."
        scales:
          million: 1000000
          billion: 1000000000
        hedges: [about]
        checks:
          - op: difference
            pattern: '(?<a>{number}) to (?<b>{number}), a margin of (?<total>{number})'
          - op: sum
            pattern: '(?<a>{number}) and (?<b>{number}), in all (?<total>{number})'
        """;

    [Fact]
    public void A_margin_that_is_not_the_difference_is_flagged_over_its_figures_with_the_working()
    {
        const string text = "She won 4,212 to 3,980, a margin of 332.";

        var finding = Assert.Single(Run(Rule, text));

        Assert.Equal("4,212 to 3,980, a margin of 332", Flagged(text, finding));
        Assert.Equal("'332': 4,212 minus 3,980 is 232.", finding.Message);
    }

    private const string ChangeRule = """
        extends: arithmetic
        message: "'%s': %s."
        scales:
          billion: 1000000000
        hedges: [about]
        checks:
          - op: change
            pattern: 'rose (?<total>{number}) percent to (?<a>{number}) from (?<b>{number})'
        """;

    [Fact]
    public void A_change_in_percent_that_the_old_and_new_figures_contradict_is_flagged_with_the_change_they_give()
    {
        const string text = "Revenue rose 6 percent to $1.42 billion from $1.21 billion.";

        var finding = Assert.Single(Run(ChangeRule, text));

        Assert.Equal("6 percent to $1.42 billion from $1.21 billion", Flagged(text, finding));
        Assert.Equal("'6': from $1.21 billion to $1.42 billion is a change of 17.4 percent.", finding.Message);
    }

    [Theory]
    [InlineData("Revenue rose 17 percent to $1.42 billion from $1.21 billion.")]
    [InlineData("Revenue rose 18 percent to $1.42 billion from $1.21 billion.")]
    [InlineData("Revenue rose about 20 percent to $1.42 billion from $1.21 billion.")]
    [InlineData("Revenue rose 0 percent to $1.2 billion from $1.2 billion.")]
    public void A_change_that_rounding_of_the_figures_allows_is_left_alone(string text) =>
        Assert.Empty(Run(ChangeRule, text));

    [Theory]
    [InlineData("R1,2 million and R800 000, in all R2,4 million.", "'2,4 million': 1,2 million plus 800 000 is 2 million.")]
    [InlineData("€1 250 and €2 500, in all €3 950.", "'€3 950': €1 250 plus €2 500 is €3,750.")]
    public void A_decimal_comma_before_a_scale_word_and_thousands_grouped_by_spaces_are_read(string text, string message) =>
        Assert.Equal(message, Assert.Single(Run(Rule.Replace("(?<a>{number}) and", "R?(?<a>{number}) and", StringComparison.Ordinal).Replace("(?<b>{number}), in all (?<total>{number})", "R?(?<b>{number}), in all R?(?<total>{number})", StringComparison.Ordinal), text)).Message);

    [Fact]
    public void Figures_of_two_numbers_apart_are_not_read_as_one()
    {
        const string text = "Of 12 pupils, 9 000 came and 100 went, in all 9 112.";

        Assert.Empty(Run(Rule, text));
    }

    [Fact]
    public void Two_checks_that_read_the_same_figures_give_one_finding()
    {
        const string twoReadings = """
            extends: arithmetic
            message: "'%s': %s."
            checks:
              - op: sum
                pattern: '(?<total>{number}) shops: (?<a>{number}) in \w+ and (?<b>{number}) in'
              - op: sum
                pattern: '(?<total>{number}) shops: (?<a>{number}) \w+ \w+ and (?<b>{number})'
            """;
        const string text = "It has 212 shops: 150 in England and 38 in Wales.";

        var finding = Assert.Single(Run(twoReadings, text));

        Assert.Equal("212 shops: 150 in England and 38", Flagged(text, finding));
    }

    [Fact]
    public void A_sum_with_scale_words_is_shown_in_the_totals_own_terms()
    {
        const string text = "They hold $1.4 billion and $1.1 billion, in all $2.3 billion.";

        var finding = Assert.Single(Run(Rule, text));

        Assert.Equal("'$2.3 billion': $1.4 billion plus $1.1 billion is $2.5 billion.", finding.Message);
    }

    [Fact]
    public void An_editor_re_linting_gets_what_a_fresh_run_gets_as_paragraphs_move_and_change()
    {
        const string margin = "She won 4,212 to 3,980, a margin of 332.";
        const string sum = "They hold $1.4 billion and $1.1 billion, in all $2.3 billion.";
        string[] versions =
        [
            $"{margin}\n\n{sum}",
            $"A new lede.\n\n{margin}\n\n{sum}",
            $"A new lede.\n\n{margin}\n\n{sum}",
            $"A new lede.\n\nShe won 4,212 to 3,980, a margin of 232.\n\n{sum}",
            $"{sum}\n\n{margin}",
        ];

        var found = Relint(Rule, versions);

        Assert.Equal([2, 2, 2, 1, 2], found.Select(f => f.Count));
        Assert.Equal(["4,212 to 3,980, a margin of 332", "$1.4 billion and $1.1 billion, in all $2.3 billion"], found[1].Select(d => Flagged(versions[1], d)));
    }

    [Theory]
    [InlineData("She won 3,980 to 4,212, a margin of 232.")]
    [InlineData("She won 4,212 to 3,980, a margin of about 230.")]
    [InlineData("They hold $1.4 billion and $1.1 billion, in all $2.5 billion.")]
    [InlineData("They hold $1.4 billion and $900 million, in all $2.3 billion.")]
    public void Right_and_rounded_totals_are_left_alone(string text) =>
        Assert.Empty(Run(Rule, text));

    [Fact]
    public void A_check_with_an_unknown_operation_is_refused()
    {
        var errors = new RuleErrors("Test/Rule.yml");
        var rule = RuleLoader.LoadOne(new RuleSource(errors.Path, "Test.Rule", "extends: arithmetic\nmessage: x\nchecks:\n  - op: quotient\n    pattern: '(?<a>{number}) (?<b>{number}) (?<total>{number})'\n"), errors);

        Assert.Null(rule);
        Assert.NotEmpty(errors.All);
    }

    private const string SharesRule = """
        extends: arithmetic
        message: "'%s': %s."
        checks:
          - op: shares
            pattern: '(?<a>\d+) percent yes, (?<b>\d+) percent no and (?<c>\d+(?:\.\d)?) percent unsure'
        """;

    [Theory]
    [InlineData("The poll found 60 percent yes, 35 percent no and 5 percent unsure.", false)]
    [InlineData("The poll found 60 percent yes, 35 percent no and 5.4 percent unsure.", false)]
    [InlineData("The poll found 60 percent yes, 35 percent no and 8 percent unsure.", true)]
    public void Shares_of_one_whole_may_not_pass_100_percent_beyond_rounding(string text, bool flagged)
    {
        var found = Run(SharesRule, text);

        Assert.Equal(flagged, found.Count == 1);
        if (flagged)
        {
            Assert.Equal("'60, 35 and 8 percent': they come to 103 percent, more than the whole.", found[0].Message);
        }
    }

    [Fact]
    public void Two_shares_are_checked_in_a_paragraph_with_only_their_two_figures()
    {
        const string yaml = """
            extends: arithmetic
            message: "'%s': %s."
            checks:
              - op: shares
                pattern: '(?<a>\d+) percent yes and (?<b>\d+) percent no'
            """;

        var finding = Assert.Single(Run(yaml, "The poll found 60 percent yes and 45 percent no."));

        Assert.Equal("'60 and 45 percent': they come to 105 percent, more than the whole.", finding.Message);
    }

    [Fact]
    public void A_shares_check_needs_two_shares_and_no_total()
    {
        var errors = new RuleErrors("Test/Rule.yml");
        var rule = RuleLoader.LoadOne(new RuleSource(errors.Path, "Test.Rule", "extends: arithmetic\nmessage: x\nchecks:\n  - op: shares\n    pattern: '(?<a>\\d+) percent'\n"), errors);

        Assert.Null(rule);
        Assert.Contains(errors.All, e => e.Message.Contains("'a', 'b'", StringComparison.Ordinal));
    }
}
