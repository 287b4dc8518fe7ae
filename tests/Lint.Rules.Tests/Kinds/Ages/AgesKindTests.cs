using Lint.Rules.Loading;
using static Lint.Rules.Tests.KindTester;

namespace Lint.Rules.Tests.Kinds.Ages;

public class AgesKindTests
{
    private const string Rule = """
        extends: ages
        message: "'%s' but %s."
        nonword: true
        stated:
          - '(?<=\p{Lu}\p{L}*,\s)(?<age>\d{1,3})(?=,)'
          - '\b(?<age>\d{1,3})-year-old\b'
        references:
          - '\b[Tt]he\s(?<age>\d{1,3})-year-old(?=\s(?:said|could)\b)'
        near: 3
        """;

    [Fact]
    public void A_reference_by_an_age_close_to_the_stated_one_is_flagged_with_the_stated_age()
    {
        const string text = "Ana Ruiz, 47, was charged. The 49-year-old could face a fine.";

        var finding = Assert.Single(Run(Rule, text));

        Assert.Equal("The 49-year-old", Flagged(text, finding));
        Assert.Equal("'The 49-year-old' but 47.", finding.Message);
    }

    [Fact]
    public void A_reference_that_matches_any_stated_age_is_left_alone() =>
        Assert.Empty(Run(Rule, "Ana Ruiz, 47, and a 49-year-old man were charged. The 49-year-old said nothing."));

    [Fact]
    public void A_reference_far_from_every_stated_age_is_taken_for_someone_new() =>
        Assert.Empty(Run(Rule, "Ana Ruiz, 47, was charged. Her son was too. The 22-year-old said nothing."));

    [Fact]
    public void A_story_that_states_no_age_is_left_alone() =>
        Assert.Empty(Run(Rule, "Police arrested a man. The 49-year-old could face a fine."));

    [Fact]
    public void A_pattern_without_an_age_group_is_refused()
    {
        var errors = new RuleErrors("Test/Rule.yml");
        var rule = RuleLoader.LoadOne(new RuleSource(errors.Path, "Test.Rule", "extends: ages\nmessage: x\nstated: ['\\d+-year-old']\nreferences: ['the (?<age>\\d+)-year-old']\n"), errors);

        Assert.Null(rule);
        Assert.NotEmpty(errors.All);
    }
}
