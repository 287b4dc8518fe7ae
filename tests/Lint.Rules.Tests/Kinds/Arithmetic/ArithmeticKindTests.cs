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
    public void A_margin_that_is_not_the_difference_is_flagged_with_the_working()
    {
        const string text = "She won 4,212 to 3,980, a margin of 332.";

        var finding = Assert.Single(Run(Rule, text));

        Assert.Equal("332", Flagged(text, finding));
        Assert.Equal("'332': 4,212 minus 3,980 is 232.", finding.Message);
    }

    [Fact]
    public void A_sum_with_scale_words_is_shown_in_the_totals_own_terms()
    {
        const string text = "They hold $1.4 billion and $1.1 billion, in all $2.3 billion.";

        var finding = Assert.Single(Run(Rule, text));

        Assert.Equal("'$2.3 billion': $1.4 billion plus $1.1 billion is $2.5 billion.", finding.Message);
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
        var rule = RuleLoader.LoadOne(new RuleSource(errors.Path, "Test.Rule", "extends: arithmetic\nmessage: x\nchecks:\n  - op: product\n    pattern: '(?<a>{number}) (?<b>{number}) (?<total>{number})'\n"), errors);

        Assert.Null(rule);
        Assert.NotEmpty(errors.All);
    }
}
