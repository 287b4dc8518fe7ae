using Lint.Rules.Loading;
using static Lint.Rules.Tests.KindTester;

namespace Lint.Rules.Tests.Kinds.PersonAges;

public class PersonAgesKindTests
{
    private const string Rule = """
        extends: personages
        message: "'%s' makes %s %s, not %s."
        nonword: true
        dated: ['(?:May|June)\s\d{1,2},\s(?<year>\d{4})']
        ages:
          - '(?<name>\p{Lu}\p{L}+),\s(?<age>\d{1,3}),'
          - '(?<name>\p{Lu}\p{L}+),\swho\swas\sborn\sin\s(?<born>\d{4})'
          - '(?<name>\p{Lu}\p{L}+),\swho\sturns\s(?<turns>\d{1,3})'
          - '(?<name>\p{Lu}\p{L}+),\s(?:(?<age>\d{1,3}),\s)?who\sstarted\sat\s(?<then>\d{1,2})\sin\s(?<year>\d{4})'
        titles: [Ms]
        """;

    [Fact]
    public void A_birth_year_that_the_age_given_before_rules_out_is_flagged_with_that_age()
    {
        const string text = "June 3, 2026\n\nNell Ames, 58, runs the shop.\n\nMs Ames, who was born in 1972, will reopen.";

        var finding = Assert.Single(Run(Rule, text));

        Assert.Equal("who was born in 1972", Flagged(text, finding));
        Assert.Equal("'who was born in 1972' makes Ames 53 or 54, not 58.", finding.Message);
    }

    [Theory]
    // Born in 1972, she is 53 or 54 in 2026, as her birthday has come or not.
    [InlineData("June 3, 2026\n\nNell Ames, 54, runs the shop.\n\nMs Ames, who was born in 1972, will reopen.")]
    [InlineData("June 3, 2026\n\nNell Ames, 53, runs the shop.\n\nMs Ames, who was born in 1972, will reopen.")]
    // "Turns 60" fits 59 now.
    [InlineData("June 3, 2026\n\nNell Ames, 59, runs the shop.\n\nAmes, who turns 60, will retire.")]
    // Two given names with one surname may be two people.
    [InlineData("June 3, 2026\n\nNell Ames, 58, runs the shop.\n\nHer daughter Cora Ames, who was born in 1999, helps.")]
    // Another person's age is not hers.
    [InlineData("June 3, 2026\n\nNell Ames, 58, runs the shop.\n\nDoyle, who was born in 1972, helps.")]
    public void Ages_that_fit_and_people_the_rule_cannot_tell_apart_are_left_alone(string text) =>
        Assert.Empty(Run(Rule, text));

    [Fact]
    public void Two_parts_of_one_phrase_that_disagree_are_flagged_together()
    {
        // At 19 in 1992 makes 52 to 54 in 2026, not 58.
        const string text = "May 4, 2026\n\nGraham Lusk, 58, who started at 19 in 1992, told the hearing.";

        var finding = Assert.Single(Run(Rule, text));

        Assert.Equal("58, who started at 19 in 1992", Flagged(text, finding));
        Assert.Equal("'58, who started at 19 in 1992' makes Lusk 52 to 54, not 58.", finding.Message);
        Assert.Empty(Run(Rule, text.Replace("58,", "53,", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_story_without_a_date_is_counted_from_the_runs_day_and_without_either_a_birth_year_is_not_read()
    {
        const string text = "Nell Ames, 58, runs the shop.\n\nMs Ames, who was born in 1972, will reopen.";

        Assert.Single(RunOn(new DateOnly(2026, 6, 3), Rule, ("a.txt", text)));
        // In 2030 someone born in 1972 is 57 or 58.
        Assert.Empty(RunOn(new DateOnly(2030, 6, 3), Rule, ("a.txt", text)));
        Assert.Empty(Run(Rule, text));
    }

    [Theory]
    [InlineData("ages: ['(?<age>\\d+)']")]
    [InlineData("ages: ['(?<name>\\w+) (?<then>\\d+)']")]
    [InlineData("ages: ['(?<name>\\w+) was (?<age>\\d+)']\ndated: ['\\d{4}']")]
    public void A_pattern_without_its_groups_is_refused(string keys)
    {
        var errors = new RuleErrors("Test/Rule.yml");
        var yaml = "extends: personages\nmessage: x\n" + (keys.Contains("dated", StringComparison.Ordinal) ? keys : keys + "\ndated: ['(?<year>\\d{4})']") + "\n";
        var rule = RuleLoader.LoadOne(new RuleSource(errors.Path, "Test.Rule", yaml), errors);

        Assert.Null(rule);
        Assert.NotEmpty(errors.All);
    }
}
