using Lint.Rules.Loading;
using static Lint.Rules.Tests.KindTester;

namespace Lint.Rules.Tests.Kinds.Confusables;

public class ConfusablesKindTests
{
    private const string Rule = """
        extends: confusables
        message: "'%s', not '%s'?"
        window: 3
        confusions:
          birth: berth
          cited: sited|sighted
        context:
          berth: [ferry, moor]
          sited: [turbine]
          sighted: [bear]
        keep:
          birth: [baby]
        """;

    [Fact]
    public void A_word_with_a_cue_for_the_word_meant_nearby_is_flagged_with_a_fix_in_its_case()
    {
        const string text = "Birth for the ferry was found.";

        var finding = Assert.Single(Run(Rule, text));

        Assert.Equal("Birth", Flagged(text, finding));
        Assert.Equal("'Berth', not 'Birth'?", finding.Message);
        Assert.Equal("Berth", Assert.Single(finding.Fix!.Edits).NewText);
    }

    [Theory]
    [InlineData("The ferry was moored.", 0)]
    [InlineData("The boat's birth was delayed.", 0)]
    [InlineData("The birth of the baby at the ferry dock.", 0)]
    [InlineData("A birth was recorded in the town long after the ferry left.", 0)]
    [InlineData("The ship they moored lost its birth.", 1)]
    public void Only_a_cue_within_the_window_and_no_word_of_its_own_sense_flags_it(string text, int count) =>
        Assert.Equal(count, Run(Rule, text).Count);

    [Theory]
    [InlineData("The turbines were cited on the ridge.", "sited")]
    [InlineData("A bear was cited near the camp.", "sighted")]
    public void A_choice_of_words_meant_takes_the_one_its_cues_call_for(string text, string meant) =>
        Assert.Equal(meant, Assert.Single(Assert.Single(Run(Rule, text)).Fix!.Edits).NewText);

    [Theory]
    [InlineData("extends: confusables\nmessage: x\nconfusions:\n  birth: berth\ncontext:\n  pier: [dock]\n", "'berth' has no entry in 'context'")]
    [InlineData("extends: confusables\nmessage: x\nconfusions:\n  two words: berth\ncontext:\n  berth: [dock]\n", "one written word")]
    [InlineData("extends: confusables\nmessage: x\nconfusions:\n  birth: berth\ncontext:\n  berth: {dock: pier}\n", "is a word with a list")]
    [InlineData("extends: confusables\nmessage: x\ncontext:\n  berth: [dock]\n", "'confusions'")]
    public void A_malformed_rule_is_refused_with_a_located_reason(string yaml, string reason)
    {
        var errors = new RuleErrors("Test/Rule.yml");
        var rule = RuleLoader.LoadOne(new RuleSource(errors.Path, "Test.Rule", yaml), errors);

        Assert.Null(rule);
        Assert.Contains(errors.All, e => e.Message.Contains(reason, StringComparison.Ordinal));
    }
}
