using static Lint.Rules.Tests.KindTester;

namespace Lint.Rules.Tests.Kinds;

public class ExistenceKindTests
{
    [Fact]
    public void Tokens_match_whole_words_and_fill_the_message()
    {
        const string text = "Officials claimed it. The claimant disagreed.";

        var found = Run("extends: existence\nmessage: \"Use 'said', not '%s'.\"\ntokens: [claimed, claim]\n", text);

        var finding = Assert.Single(found);
        Assert.Equal("claimed", Flagged(text, finding));
        Assert.Equal("Use 'said', not 'claimed'.", finding.Message);
    }

    [Fact]
    public void Dotted_tokens_such_as_us_match_as_whole_words()
    {
        const string text = "The U.S. said so. The USA did not.";

        var found = Run("extends: existence\nmessage: m\ntokens: ['U\\.S\\.']\n", text);

        Assert.Equal("U.S.", Flagged(text, Assert.Single(found)));
    }

    [Fact]
    public void Scope_limits_the_blocks_read()
    {
        const string text = "US says China helps Russia\n\nThe US said China helps Russia, officials said on Friday.";

        var found = Run("extends: existence\nmessage: m\nscope: [paragraph]\ntokens: [US]\n", text);

        Assert.Equal(32, Assert.Single(found).Location.Span.Start);
    }

    [Fact]
    public void Sentence_scope_anchors_patterns_to_each_sentence()
    {
        const string text = "It rained. then it stopped. And then it rained.";

        var found = Run("extends: existence\nmessage: m\nscope: sentence\nnonword: true\nraw: ['^\\p{Ll}\\w*']\n", text);

        Assert.Equal("then", Flagged(text, Assert.Single(found)));
    }

    [Fact]
    public void Exceptions_leave_listed_matches_alone()
    {
        const string text = "He claimed it; she disclaimed nothing; they Claimed more.";

        var found = Run("extends: existence\nmessage: m\nignorecase: true\nexceptions: [Claimed]\ntokens: ['\\w*claimed']\n", text);

        Assert.Equal(["disclaimed"], found.Select(f => Flagged(text, f)));
    }

    [Fact]
    public void A_pattern_that_runs_too_long_fails_the_rule_not_the_run()
    {
        var text = new string('a', 40_000) + "!";

        var found = Run("extends: existence\nmessage: m\nnonword: true\nraw: ['(a+)+b']\n", text);

        var failure = Assert.Single(found);
        Assert.Equal("Lint.RuleFailure", failure.Id);
        Assert.Contains("took longer than", failure.Message, StringComparison.Ordinal);
    }
}
