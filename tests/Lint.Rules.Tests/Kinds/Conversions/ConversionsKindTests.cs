using Lint.Rules.Loading;
using static Lint.Rules.Tests.KindTester;

namespace Lint.Rules.Tests.Kinds.Conversions;

public class ConversionsKindTests
{
    private const string Rule = """
        extends: conversions
        message: "'%s': %s is %s."
        hedges: [about]
        conversions:
          - from: [degrees, degrees Fahrenheit]
            to: [degrees Celsius]
            factor: 0.5555556
            offset: -32
            tolerance: 0.02
          - from: [miles, mile]
            to: [kilometers, kilometer]
            factor: 1.609344
        """;

    [Fact]
    public void A_wrong_temperature_conversion_is_flagged_with_what_it_comes_to()
    {
        const string text = "It reached 104 degrees (37 degrees Celsius) on Monday.";

        var finding = Assert.Single(Run(Rule, text));

        Assert.Equal("(37 degrees Celsius)", Flagged(text, finding));
        Assert.Equal("'(37 degrees Celsius)': 104 degrees is 40 degrees Celsius.", finding.Message);
    }

    [Fact]
    public void A_conversion_either_way_round_and_hyphenated_is_checked()
    {
        const string text = "A 20-kilometer (20-mile) route. A 5-mile (8-kilometer) loop.";

        var finding = Assert.Single(Run(Rule, text));

        Assert.Equal("(20-mile)", Flagged(text, finding));
    }

    [Theory]
    [InlineData("It reached 100 degrees (38 degrees Celsius).")]
    [InlineData("It reached 100 degrees (37.8 degrees Celsius).")]
    [InlineData("The air was 18 degrees (10 degrees Celsius) colder.")]
    [InlineData("The walk is 1 mile (2 kilometers) long.")]
    [InlineData("The walk is 3 miles (about 5 kilometers) long.")]
    [InlineData("The walk is 3 miles (5 laps) long.")]
    public void Rounded_conversions_and_differences_of_temperature_are_left_alone(string text) =>
        Assert.Empty(Run(Rule, text));

    [Fact]
    public void A_conversion_without_a_factor_is_refused()
    {
        var errors = new RuleErrors("Test/Rule.yml");
        var rule = RuleLoader.LoadOne(new RuleSource(errors.Path, "Test.Rule", "extends: conversions\nmessage: x\nconversions:\n  - from: [miles]\n    to: [kilometers]\n"), errors);

        Assert.Null(rule);
        Assert.NotEmpty(errors.All);
    }
}
