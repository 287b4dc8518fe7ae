using Lint.Rules.Loading;
using static Lint.Rules.Tests.KindTester;

namespace Lint.Rules.Tests.Kinds.Lifespan;

public class LifespanKindTests
{
    private const string Rule = """
        extends: lifespan
        message: "'%s': born %s, so %s or %s in %s."
        dated: ['(?:May|June)\s\d{1,2},\s(?<year>\d{4})']
        born: ['\b[Bb]orn\s(?:in\s)?(?:(?:May|June)\s\d{1,2},\s)?(?<year>\d{4})\b']
        died: ['\bdied\b[^\n]{0,200}?[.]\s+(?:He|She)\swas\s(?<age>\d{1,3})\.']
        """;

    [Fact]
    public void An_age_at_death_that_the_birth_year_contradicts_is_flagged_with_the_ages_that_fit()
    {
        const string text = "June 3, 2024\n\nAda Pell died June 1. She was 79.\n\nBorn May 2, 1930, she farmed.";

        var finding = Assert.Single(Run(Rule, text));

        Assert.Equal("79", Flagged(text, finding));
        Assert.Equal("'79': born 1930, so 93 or 94 in 2024.", finding.Message);
    }

    [Theory]
    [InlineData("June 3, 2024\n\nAda Pell died June 1. She was 94.\n\nBorn May 2, 1930, she farmed.")]
    [InlineData("June 3, 2024\n\nAda Pell died June 1. She was 93.\n\nBorn in 1930, she farmed.")]
    [InlineData("Ada Pell died June 1. She was 79.\n\nBorn May 2, 1930, she farmed.")]
    [InlineData("June 3, 2024\n\nAda Pell died June 1. She was 79.\n\nBorn in 1930, she wed a man born in 1928.")]
    public void Fitting_ages_and_stories_without_a_date_or_with_two_births_are_left_alone(string text) =>
        Assert.Empty(Run(Rule, text));

    [Fact]
    public void A_story_without_a_date_is_counted_from_the_runs_day()
    {
        const string text = "Ada Pell died June 1. She was 79.\n\nBorn May 2, 1930, she farmed.";

        var finding = Assert.Single(RunOn(new DateOnly(2026, 6, 3), Rule, ("a.txt", text)));

        Assert.Equal("'79': born 1930, so 95 or 96 in 2026.", finding.Message);
        Assert.Empty(RunOn(new DateOnly(2026, 6, 3), Rule, ("a.txt", text.Replace("79", "96", StringComparison.Ordinal))));
    }

    [Fact]
    public void A_born_pattern_without_a_year_group_is_refused()
    {
        var errors = new RuleErrors("Test/Rule.yml");
        var rule = RuleLoader.LoadOne(new RuleSource(errors.Path, "Test.Rule", "extends: lifespan\nmessage: x\ndated: ['(?<year>\\d{4})']\nborn: ['born \\d{4}']\ndied: ['was (?<age>\\d+)']\n"), errors);

        Assert.Null(rule);
        Assert.NotEmpty(errors.All);
    }
}
