using Lint.Rules.Loading;

namespace Lint.Rules.Tests.Kinds.Sequence;

public class SequenceLoadingTests
{
    private static RuleError SingleError(string tokens)
    {
        var yaml = "extends: sequence\nmessage: m\ntokens:\n" + tokens;
        var set = RuleLoader.Load([new RuleSource("rules/Test/Rule.yml", "Test.Rule", yaml)]);
        Assert.Empty(set.Rules);
        return Assert.Single(set.Errors);
    }

    [Theory]
    [InlineData("  - word: a\n  - tag: 'NN(('\n", 5, 14, "not a valid regular expression")]
    [InlineData("  - word: a\n    colour: red\n", 5, 5, "Unknown key 'colour'")]
    [InlineData("  - word: a\n  - name: planet\n", 5, 11, "Unknown name kind 'planet'")]
    [InlineData("  - skip: 2\n", 4, 5, "A token needs at least one of")]
    [InlineData("  - word: a\n    skip: 99\n", 5, 11, "'skip' must be a whole number from 0 to 20")]
    [InlineData("  - word: a\n    negate: true\n", 4, 3, "at least one token that is not negated")]
    [InlineData("  - word: a\n    not: {tag: '[x'}\n", 5, 18, "not a valid regular expression")]
    [InlineData("  - word: a\n    before: '(,'\n", 5, 15, "not a valid regular expression")]
    [InlineData("  - just a word\n", 4, 5, "must be a mapping")]
    public void A_bad_token_is_reported_at_its_line_and_column(string tokens, int line, int column, string message)
    {
        var error = SingleError(tokens);

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal((line, column), (error.Line, error.Column));
    }

    [Fact]
    public void A_sequence_rule_without_tokens_is_reported()
    {
        var set = RuleLoader.Load([new RuleSource("rules/Test/Rule.yml", "Test.Rule", "extends: sequence\nmessage: m\n")]);

        Assert.Contains("needs 'tokens'", Assert.Single(set.Errors).Message, StringComparison.Ordinal);
    }
}
