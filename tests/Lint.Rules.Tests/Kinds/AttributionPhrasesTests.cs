using Lint.Rules.Loading;

namespace Lint.Rules.Tests.Kinds;

public sealed class AttributionPhrasesTests
{
    private const string Rule = """
        extends: attribution
        message: "'%s' makes this %s."
        phrases:
          an accusation:
            - funnel ... money
            - steal
        cues: [said]
        """;

    [Fact]
    public void A_phrase_of_lemmas_flags_every_inflection_of_an_unattributed_claim()
    {
        var found = KindTester.Run(Rule, "The aide funnels campaign money abroad. Another stole a car.");

        Assert.Equal(["'funnels campaign money' makes this an accusation.", "'stole' makes this an accusation."], found.Select(d => d.Message));
    }

    [Fact]
    public void An_attributed_claim_and_a_participle_used_as_an_adjective_are_left_alone() =>
        Assert.Empty(KindTester.Run(Rule, "The aide funneled money abroad, police said. The stolen car was found."));

    [Fact]
    public void A_phrase_that_cannot_be_read_is_a_located_error()
    {
        var yaml = "extends: attribution\nmessage: x\nphrases:\n  an accusation:\n    - ... money\ncues: [said]\n";
        var set = RuleLoader.Load([new RuleSource("Test/Rule.yml", "Test.Rule", yaml)]);

        var error = Assert.Single(set.Errors);
        Assert.Equal(5, error.Line);
        Assert.Contains("'...' must stand between two words.", error.Message, StringComparison.Ordinal);
    }
}
