using Lint.Rules.Loading;

namespace Lint.Rules.Tests.Vale;

/// <summary>
/// Vale's <c>occurrence</c>: the number of matches of <c>token</c> in each unit of the scope must stay within
/// <c>max</c> and <c>min</c>; the finding is at the first match, the message shown as written.
/// </summary>
public class OccurrenceKindTests
{
    /// <summary>Vale's documented example: more than three commas in a sentence.</summary>
    private const string Commas = """
        extends: occurrence
        message: "More than 3 commas!"
        level: error
        scope: sentence
        ignorecase: false
        max: 3
        token: ','
        """;

    [Fact]
    public void A_sentence_past_max_is_flagged_at_its_first_match()
    {
        const string Text = "Bring eggs, flour, sugar, butter, and salt. Then wait, and bake.";

        var found = KindTester.Run(Commas, Text);

        var finding = Assert.Single(found);
        Assert.Equal(Text.IndexOf(',', StringComparison.Ordinal), finding.Location.Span.Start);
        Assert.Equal("More than 3 commas!", finding.Message);
    }

    [Fact]
    public void A_sentence_at_max_is_not_flagged() =>
        Assert.Empty(KindTester.Run(Commas, "Bring eggs, flour, sugar and salt."));

    [Fact]
    public void Each_block_is_counted_on_its_own_without_a_scope()
    {
        const string Rule = "extends: occurrence\nmessage: Too many dashes.\nmax: 1\ntoken: '—'\n";

        var found = KindTester.Run(Rule, "One — two.\n\nThree — four — five.");

        Assert.Equal(["Three — four — five.".IndexOf('—', StringComparison.Ordinal) + "One — two.\n\n".Length], found.Select(d => d.Location.Span.Start));
    }

    [Fact]
    public void A_summary_short_of_min_is_flagged_at_its_first_match_or_where_the_body_starts()
    {
        const string Rule = "extends: occurrence\nmessage: Say who said it.\nscope: summary\nmin: 2\ntoken: '\\bsaid\\b'\n";

        Assert.Empty(KindTester.Run(Rule, "The mayor said it rained.\n\nThe clerk said it did not."));
        var short1 = Assert.Single(KindTester.Run(Rule, "The mayor said it rained.\n\nThe clerk disagreed."));
        Assert.Equal("said", KindTester.Flagged("The mayor said it rained.", short1));
        var none = Assert.Single(KindTester.Run(Rule, "It rained.\n\nThe clerk disagreed."));
        Assert.Equal((0, 0), (none.Location.Span.Start, none.Location.Span.Length));
    }

    [Fact]
    public void A_long_sentence_is_flagged_as_Vale_counts_words()
    {
        const string Rule = "extends: occurrence\nmessage: Keep sentences short.\nscope: sentence\nmax: 5\ntoken: '\\b(\\w+)\\b'\n";

        Assert.Single(KindTester.Run(Rule, "This sentence has exactly six words. Short one."));
    }

    [Theory]
    [InlineData("message: m\ntoken: a\n", "An occurrence rule needs 'max' or 'min'")]
    [InlineData("message: m\nmax: 2\n", "The rule needs a 'token' key.")]
    [InlineData("message: m\nmax: -1\ntoken: a\n", "'max' must be a whole number from 0 to")]
    [InlineData("message: m\nmax: 1\ntoken: '(a'\n", "is not a valid regular expression")]
    public void A_bad_occurrence_rule_is_an_error(string keys, string message)
    {
        var errors = RuleLoader.Load([new RuleSource("Test/Rule.yml", "Test.Rule", "extends: occurrence\n" + keys)]).Errors;

        Assert.Contains(message, errors[0].Message, StringComparison.Ordinal);
    }
}
