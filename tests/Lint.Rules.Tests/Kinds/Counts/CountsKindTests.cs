using Lint.Rules.Loading;
using static Lint.Rules.Tests.KindTester;

namespace Lint.Rules.Tests.Kinds.Counts;

public class CountsKindTests
{
    private const string Rule = """
        extends: counts
        message: "'%s' but %s."
        within: 25
        stated:
          - '(?<count>{count})\s(?<thing>(?:[\p{Ll}-]+\s){0,3}[\p{Ll}-]+)'
          - '(?<count>{count})-(?<thing>\p{Ll}+)\b'
        references:
          - '\b(?:[Aa]ll|[Tt]he)\s(?<count>{count})\s(?<thing>(?:[\p{Ll}-]+\s){0,2}?\p{Ll}+s)\b'
        measures: [years]
        """;

    [Fact]
    public void A_whole_referred_back_to_with_a_close_count_is_flagged_with_the_earlier_count()
    {
        const string text = "Crews moved 14 families from the valley. By Friday, all 12 evacuated families were home.";

        var finding = Assert.Single(Run(Rule, text));

        Assert.Equal("all 12 evacuated families", Flagged(text, finding));
        Assert.Equal("'all 12 evacuated families' but 14.", finding.Message);
    }

    [Fact]
    public void A_count_joined_to_its_thing_counts_in_the_singular() =>
        Assert.Equal(["all 380 pupils"], Run(Rule, "It is a 420-pupil school. Parents of all 380 pupils got a letter.").Select(f => f.Message.Split('\'')[1]));

    [Fact]
    public void A_count_given_anywhere_in_the_story_clears_the_reference() =>
        Assert.Empty(Run(Rule, "Crews moved 14 families. All 12 families were home by Friday, and 12 families were fed."));

    [Fact]
    public void A_count_far_off_is_part_of_the_whole_and_a_measure_is_not_counted()
    {
        Assert.Empty(Run(Rule, "The port has six cranes. The four older cranes will be sold."));
        Assert.Empty(Run(Rule, "The trial lasted 12 years. The 10 years of evidence were hard."));
    }

    [Fact]
    public void A_count_given_only_after_the_reference_is_not_compared() =>
        Assert.Empty(Run(Rule, "All 12 families were home by Friday. Crews had moved 14 families."));

    [Fact]
    public void A_pattern_without_a_thing_group_is_refused()
    {
        var errors = new RuleErrors("Test/Rule.yml");
        var rule = RuleLoader.LoadOne(new RuleSource(errors.Path, "Test.Rule", "extends: counts\nmessage: x\nstated: ['(?<count>\\d+) \\w+']\nreferences: ['all (?<count>\\d+) (?<thing>\\w+)']\n"), errors);

        Assert.Null(rule);
        Assert.Contains(errors.All, e => e.Message.Contains("'thing'", StringComparison.Ordinal));
    }
}
