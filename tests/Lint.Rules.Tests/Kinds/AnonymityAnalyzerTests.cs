namespace Lint.Rules.Tests.Kinds;

public sealed class AnonymityAnalyzerTests
{
    private const string Rule = """
        extends: anonymity
        message: "'%s' is unnamed."
        ignorecase: true
        quotes: skip
        sources:
          - '(?<=^|,\s)(?:one\s+)?(?<who>officials?)\s+said'
          - 'a\s+(?<who>source)\s+said'
          - 'on\s+condition\s+of\s+anonymity'
        reasons:
          - because
        described:
          - 'U\.S\.\s+(?<who>officials?)'
        examples:
          - "[|A source said|] so."
          - "The source said so."
        """;

    private static readonly Lint.Rules.Loading.LoadedRule Loaded = RuleHarness.Load(Rule);

    [Fact]
    public void FlagsAnUnnamedSourceWithNoReasonAndNoDescription()
    {
        Assert.Equal(["A source said", "officials said"], RuleHarness.Flagged(Loaded, "A source said the talks failed, officials said."));
    }

    [Fact]
    public void AReasonInTheSentenceExcusesIt()
    {
        Assert.Empty(RuleHarness.Flagged(Loaded, "A source said the talks failed, speaking on condition of anonymity because the talks are private."));
    }

    [Fact]
    public void ADescribedSourceIsNotFlagged()
    {
        Assert.Empty(RuleHarness.Flagged(Loaded, "Senior U.S. officials said the talks failed."));
    }

    [Fact]
    public void ALaterReferenceToDescribedOfficialsIsNotFlagged()
    {
        const string Article = """
            Senior U.S. officials said the talks failed.
            One official said they would resume in May.
            A source said they would not.
            """;

        Assert.Equal(["A source said"], RuleHarness.Flagged(Loaded, Article));
    }

    [Fact]
    public void AReferenceBeforeTheDescriptionIsStillFlagged()
    {
        const string Article = """
            One official said the talks failed.
            Senior U.S. officials said they would resume in May.
            """;

        Assert.Equal(["One official said"], RuleHarness.Flagged(Loaded, Article));
    }

    [Theory]
    [InlineData("One official, speaking on condition of anonymity, said they would resume.", "One official, speaking on condition of anonymity, said")]
    [InlineData("One official said they would resume.", null)]
    public void AnonymityGrantedIsFlaggedEvenAfterTheGroupWasDescribed(string laterSentence, string? flagged)
    {
        var rule = RuleHarness.Load("""
            extends: anonymity
            message: "'%s' is unnamed."
            ignorecase: true
            determiners: [a, one]
            speech: [said]
            bare: [official]
            sources:
              - 'on\s+condition\s+of\s+anonymity'
            described:
              - 'U\.S\.\s+(?<who>officials?)'
            examples:
              - "[|A source said|] so."
            """);

        var found = RuleHarness.Flagged(rule, "Senior U.S. officials said the talks failed.\n" + laterSentence);

        Assert.Equal(flagged is null ? [] : [flagged], found);
    }

    [Fact]
    public void EachUnnamedSourceIsFlaggedOnceAStory()
    {
        const string Article = """
            A source said the talks failed.
            A source said they would resume.
            Officials said nothing.
            """;

        Assert.Equal(["A source said", "Officials said"], RuleHarness.Flagged(Loaded, Article));
    }

    [Fact]
    public void QuotationsAreSkippedWhenTheRuleSaysSo()
    {
        Assert.Empty(RuleHarness.Flagged(Loaded, "\"A source said it would fall,\" the tenant told reporters."));
    }

    [Fact]
    public void SourcesOrSpeechVerbsAreRequired()
    {
        var errors = RuleHarness.Errors("""
            extends: anonymity
            message: "%s"
            reasons:
              - because
            """);

        Assert.Contains("The rule needs a 'speech' or a 'sources' key with at least one entry.", errors);
    }

    [Fact]
    public void An_editor_re_linting_gets_what_a_fresh_run_gets_as_paragraphs_move_and_change()
    {
        const string unnamed = "One official said the talks would resume.";
        const string described = "Senior U.S. officials said the talks failed.";
        string[] versions =
        [
            $"{unnamed}\n\nA source said they would not.",
            $"{unnamed}\n\nA source said they would not.",
            $"{described}\n\n{unnamed}\n\nA source said they would not.",
            $"A new lede.\n\n{unnamed}\n\n{described}",
            $"{unnamed}\n\n{unnamed}",
        ];

        var found = KindTester.Relint(Rule, versions);

        Assert.Equal([2, 2, 1, 1, 1], found.Select(f => f.Count));
    }
}
