using Lint.Analysis;
using Lint.Syntax;
using Lint.Text;

namespace Lint.Rules.Tests.Kinds;

public sealed class AttributionAnalyzerTests
{
    private const string Rule = """
        extends: attribution
        message: "'%s' makes this %s."
        ignorecase: true
        scope: [paragraph, list]
        {0}
        claims:
          an accusation:
            - stole
            - secretly
          a prediction:
            - will\s+destroy
        cues:
          - said
          - according\s+to
        examples:
          - "He [|stole|] it."
          - "He stole it, police said."
        """;

    private static Lint.Rules.Loading.LoadedRule Load(string carry = "") => RuleHarness.Load(string.Format(Rule, carry));

    [Fact]
    public void FlagsTheClaimPhraseOfAnUnattributedSentence()
    {
        var rule = Load();

        Assert.Equal(["stole"], RuleHarness.Flagged(rule, "The treasurer stole $40,000 from the club."));
        Assert.Equal(["'stole' makes this an accusation."], RuleHarness.Messages(rule, "The treasurer stole $40,000 from the club."));
    }

    [Fact]
    public void AttributionInTheSentenceCoversIt()
    {
        var rule = Load();

        Assert.Empty(RuleHarness.Flagged(rule, "The treasurer stole $40,000 from the club, prosecutors said."));
        Assert.Empty(RuleHarness.Flagged(rule, "According to the audit, the treasurer stole $40,000."));
    }

    [Fact]
    public void ReportsOnlyTheFirstClaimOfASentence()
    {
        var rule = Load();

        Assert.Equal(["secretly"], RuleHarness.Flagged(rule, "He secretly stole the funds, and the scandal will destroy the club."));
    }

    [Fact]
    public void SentencesWithoutClaimsAreLeftAlone()
    {
        var rule = Load();

        Assert.Empty(RuleHarness.Flagged(rule, "WASHINGTON (AP) — The secretary met reporters on Friday. She left at noon."));
    }

    [Fact]
    public void HeadingsAreOutOfScope()
    {
        var rule = Load();

        Assert.Empty(RuleHarness.Flagged(rule, "Treasurer stole club funds\n\nThe club met on Monday."));
    }

    [Fact]
    public void ASpeakersWordsInAnAttributedQuotationAreCovered()
    {
        var rule = Load();
        const string Article = """
            "This will destroy the club," Ortega said. "They stole from all of us.
            "And they did it secretly."
            """;

        Assert.Empty(RuleHarness.Flagged(rule, Article));
    }

    [Fact]
    public void AnUnattributedQuotationIsNotCovered()
    {
        var rule = Load();

        Assert.Equal(["will destroy"], RuleHarness.Flagged(rule, "\"This will destroy the club.\""));
    }

    [Fact]
    public void CueWordsInsideAQuotationDoNotAttributeTheReportersClaim()
    {
        var rule = Load();

        Assert.Equal(["stole"], RuleHarness.Flagged(rule, "He stole the funds after a memo marked \"as said before\" went out."));
    }

    [Fact]
    public void AColonIntroductionCoversTheListThatFollows()
    {
        var rule = Load();
        const string Article = """
            Prosecutors said:
            • He stole the funds.
            • He secretly moved them abroad.
            The club met on Monday.
            • The scandal will destroy the club.
            """;

        Assert.Equal(["will destroy"], RuleHarness.Flagged(rule, Article));
    }

    [Fact]
    public void BulletSummariesGetNoFreePass()
    {
        var rule = Load();
        const string Article = """
            Quick Read
            • He stole the funds.
            """;

        Assert.Equal(["stole"], RuleHarness.Flagged(rule, Article));
    }

    [Fact]
    public void ANextSentenceOpeningWithAttributionAndAQuoteCoversTheClaim()
    {
        var rule = Load();

        Assert.Empty(RuleHarness.Flagged(rule, "The fire will destroy the ridge. One firefighter said: \"We can't hold it.\""));
        Assert.Equal(["will destroy"], RuleHarness.Flagged(rule, "The fire will destroy the ridge. Crews left at noon, a firefighter said."));
    }

    [Fact]
    public void PreviousCarryIsOnlyUsedWhenTheRuleAsksForIt()
    {
        const string Article = "The auditor said the books were a mess. The treasurer stole $40,000.";

        Assert.Equal(["stole"], RuleHarness.Flagged(Load(), Article));
        Assert.Empty(RuleHarness.Flagged(Load("carry: [quote, previous]"), Article));
        Assert.Equal(["stole"], RuleHarness.Flagged(Load("carry: [quote, previous]"), "The books were a mess. The treasurer stole $40,000."));
    }

    [Fact]
    public void AStandaloneClaimNeedsItsOwnSourceInAContinuingAccount()
    {
        const string Account = "The treasurer resigned, the club said. The row will destroy the club. He stole $40,000.";

        Assert.Empty(RuleHarness.Flagged(Load("carry: [previous]"), Account));
        Assert.Equal(["will destroy"], RuleHarness.Flagged(Load("carry: [previous]\nstandalone: [a prediction]"), Account));
    }

    [Fact]
    public void ADeniedCueAttributesNothingAndADeniedClaimClaimsNothing()
    {
        var rule = Load();

        Assert.Equal(["stole"], RuleHarness.Flagged(rule, "The treasurer stole $40,000, and the club never said why."));
        Assert.Empty(RuleHarness.Flagged(rule, "The treasurer has never stole a penny, and the audit said so."));
        Assert.Empty(RuleHarness.Flagged(rule, "The treasurer did not stole anything."));
    }

    [Fact]
    public void ARepeatedSentenceIsFlaggedWhereEachCopyStands()
    {
        // Kept from its second sighting on, a sentence's signals must be placed where the third one stands.
        const string Story = "She stole it.\n\nThe club met on Monday.\n\nShe stole it.\n\nThe vote was close, and the club met again.\n\nShe stole it.\n";
        var document = new PlainTextParser().Parse("story.txt", new SourceText(Story));

        var starts = new AnalyzerDriver([Load().Analyzer]).Analyze(document).Select(d => d.Location.Span.Start);

        int[] expected = [.. System.Text.RegularExpressions.Regex.Matches(Story, "stole").Select(m => m.Index)];
        Assert.Equal(expected, starts);
    }

    [Fact]
    public void AStandaloneNameMustBeAKindOfClaim()
    {
        var errors = RuleHarness.Errors("""
            extends: attribution
            message: "%s %s"
            claims:
              an accusation: [ stole ]
            standalone: [a forecast]
            cues: [ said ]
            """);

        Assert.Contains(errors, e => e.StartsWith("'standalone' names 'a forecast', which is no kind of claim", StringComparison.Ordinal));
    }

    [Fact]
    public void AnEmptyCarryListTurnsEveryContextOff()
    {
        var rule = Load("carry: []");

        Assert.Equal(["will destroy"], RuleHarness.Flagged(rule, "\"This will destroy the club,\" Ortega said. \"It will destroy us.\""));
    }

    [Fact]
    public void BadClaimsAndCarriesAreErrorsAtTheirLines()
    {
        var errors = RuleHarness.Errors("""
            extends: attribution
            message: "%s %s"
            carry: [quotes]
            claims:
              an accusation: [ "sto(le" ]
            cues: [ said ]
            """);

        Assert.Contains(errors, e => e.StartsWith("Unknown carry 'quotes'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("The claim pattern 'sto(le' is not a valid regular expression", StringComparison.Ordinal));
    }

    [Fact]
    public void ClaimsAndCuesAreRequired()
    {
        var errors = RuleHarness.Errors("""
            extends: attribution
            message: "%s %s"
            """);

        Assert.Contains(errors, e => e.StartsWith("An attribution rule needs 'claims'", StringComparison.Ordinal));
        Assert.Contains("The rule needs a 'cues' key with at least one entry.", errors);
    }
}
