namespace Lint.Rules.Tests.Kinds;

public sealed class PatternAnalyzerQuotesTests
{
    private const string Rule = """
        extends: substitution
        message: "Use '%s', not '%s'."
        ignorecase: true
        {0}
        swap:
          claimed: said
        examples:
          - "[|claimed|]"
          - "said"
        """;

    private const string Article = "Pruitt claimed the plan fails. \"They claimed it was free,\" he said.";

    [Fact]
    public void QuotesAreReadByDefault()
    {
        var rule = RuleHarness.Load(string.Format(Rule, string.Empty));

        Assert.Equal(["claimed", "claimed"], RuleHarness.Flagged(rule, Article));
    }

    [Fact]
    public void QuotesSkipLeavesQuotationsAlone()
    {
        var rule = RuleHarness.Load(string.Format(Rule, "quotes: skip"));

        Assert.Equal(["claimed"], RuleHarness.Flagged(rule, Article));
    }

    [Fact]
    public void QuotesSkipAppliesToExistenceRules()
    {
        var rule = RuleHarness.Load("""
            extends: existence
            message: "'%s'"
            quotes: skip
            tokens:
              - literally
            examples:
              - "[|literally|]"
              - "fine"
            """);

        Assert.Equal(["literally"], RuleHarness.Flagged(rule, "It was literally gone. “I literally ran,” she said."));
    }

    [Fact]
    public void AnUnknownQuotesValueIsAnErrorAtItsLine()
    {
        var errors = RuleHarness.Errors(string.Format(Rule, "quotes: ignore"));

        Assert.Contains("'quotes' must be include or skip, not 'ignore'.", errors);
    }

    [Fact]
    public void KindsThatDoNotHonourQuotesRejectTheKey()
    {
        var errors = RuleHarness.Errors("""
            extends: repetition
            message: "'%s' is repeated."
            quotes: skip
            """);

        var error = Assert.Single(errors);
        Assert.StartsWith("Unknown key 'quotes' for a rule of kind 'repetition'. Known keys: ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("quotes", error[error.IndexOf("Known", StringComparison.Ordinal)..], StringComparison.Ordinal);
    }
}
