namespace Lint.Rules.Tests.Kinds;

/// <summary>The anonymity kind's sources found by their nouns: role nouns from the lexicon and the rule's word lists.</summary>
public sealed class AnonymityRoleNounTests
{
    private const string Rule = """
        extends: anonymity
        message: "'%s' is unnamed."
        ignorecase: true
        quotes: skip
        determiners: [a, an, one, two, several]
        speech: [said, say, says, told]
        inverted: [according to, said]
        anonymous: [source, insider]
        roles: [person, people]
        notroles: [spokesman, resident]
        bare: [official]
        crowds: [person]
        qualifiers: [familiar with, close to]
        vague: [senior]
        sources:
          - 'speaking\s+anonymously'
        reasons:
          - because
        described:
          - 'in\s+a\s+statement'
        """;

    private static readonly Lint.Rules.Loading.LoadedRule Loaded = RuleHarness.Load(Rule);

    [Theory]
    [InlineData("A warehouse supervisor said the shifts were cut.", "A warehouse supervisor said")]
    [InlineData("The shifts were cut, two night clerks said.", "two night clerks said")]
    [InlineData("The shifts were cut, said one foreman.", "said one foreman")]
    [InlineData("The shifts were cut, according to a person close to the union.", "according to a person close to the union")]
    [InlineData("Mechanics familiar with the fleet said the brakes were worn.", "Mechanics familiar with the fleet said")]
    [InlineData("Club insiders say the coach will stay.", "Club insiders say")]
    [InlineData("Senior officials said the bridge was safe.", "Senior officials said")]
    [InlineData("One person said the bridge was safe.", "One person said")]
    [InlineData("A dock foreman, speaking anonymously, said the cranes were idle.", "A dock foreman, speaking anonymously, said")]
    public void FlagsAnUnnamedPersonQuotedAsASource(string sentence, string flagged)
    {
        Assert.Equal([flagged], RuleHarness.Flagged(Loaded, sentence));
    }

    [Theory]
    [InlineData("A dock foreman, Ray Ostrowski, said the cranes were idle.")]
    [InlineData("The foreman said the cranes were idle.")]
    [InlineData("A foreman was hurt when the crane tipped.")]
    [InlineData("A foreman told the crew to leave the dock.")]
    [InlineData("A spokesman said the cranes were idle.")]
    [InlineData("Several residents said the cranes were loud.")]
    [InlineData("Port officials said the cranes were idle.")]
    [InlineData("Mechanics said the brakes were worn.")]
    [InlineData("Two people said they saw smoke.")]
    [InlineData("A foreman said the cranes were idle because the union had told him not to talk.")]
    [InlineData("Officials said in a statement that the cranes were idle.")]
    [InlineData("\"A foreman said the cranes were idle,\" the driver told reporters.")]
    public void LeavesAloneWhatIsNoUnnamedSource(string sentence)
    {
        Assert.Empty(RuleHarness.Flagged(Loaded, sentence));
    }

    [Fact]
    public void AGroupDescribedByItsOfficeCoversALaterReferenceToOneOfIt()
    {
        const string Article = """
            Port officials closed the dock on Monday.
            One official said it would reopen in May.
            A foreman said it would not.
            """;

        Assert.Equal(["A foreman said"], RuleHarness.Flagged(Loaded, Article));
    }

    [Fact]
    public void AGroupDescribedByItsOfficeDoesNotHideASourceAfterIt()
    {
        Assert.Equal(["a source close to the talks said"], RuleHarness.Flagged(Loaded, "Lawyers for the port and a source close to the talks said the strike was over."));
    }

    [Fact]
    public void EachNounIsFlaggedOnceAStoryInAnyNumber()
    {
        const string Article = """
            People familiar with the plan said it was final.
            One person said the vote was set.
            """;

        Assert.Equal(["People familiar with the plan said"], RuleHarness.Flagged(Loaded, Article));
    }

    [Fact]
    public void ANounThatIsAlsoAPersonInsideASourceIsNotASecondSource()
    {
        Assert.Equal(["according to a person familiar with the talks"], RuleHarness.Flagged(Loaded, "The deal is off, according to a person familiar with the talks."));
    }
}
