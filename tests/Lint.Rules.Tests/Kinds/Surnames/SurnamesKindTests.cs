using Lint.Rules.Loading;
using static Lint.Rules.Tests.KindTester;

namespace Lint.Rules.Tests.Kinds.Surnames;

public class SurnamesKindTests
{
    private const string Rule = """
        extends: surnames
        message: "'%s' has no first reference."
        references: ['(?<name>\p{Lu}\p{Ll}+)(?=,\swho\b)']
        ignore: [Police]
        """;

    [Fact]
    public void A_surname_the_story_never_introduces_is_flagged_once()
    {
        const string text = "The diner opened in 1950.\n\nHalloran, who ran the grill, retired. Halloran, who is 80, still visits.";

        var finding = Assert.Single(Run(Rule, text));

        Assert.Equal("Halloran", Flagged(text, finding));
        Assert.Equal("'Halloran' has no first reference.", finding.Message);
    }

    [Theory]
    [InlineData("Ed Halloran bought the diner.\n\nHalloran, who ran the grill, retired.")]
    [InlineData("Judge Halloran bought the diner.\n\nHalloran, who ran the grill, retired.")]
    [InlineData("Halloran Foods bought the diner.\n\nHalloran, who ran the grill, retired.")]
    [InlineData("Police, who arrived at noon, closed the road.")]
    public void An_introduced_name_or_an_ignored_word_is_left_alone(string text) =>
        Assert.Empty(Run(Rule, text));

    [Theory]
    [InlineData("Mr. Halloran bought the diner.\n\nHalloran, who ran the grill, retired.")]
    [InlineData("Mrs Halloran bought the diner.\n\nHalloran, who ran the grill, retired.")]
    public void A_courtesy_title_is_not_a_first_reference(string text) =>
        Assert.Equal("Halloran", Flagged(text, Assert.Single(Run(Rule, text))));

    [Fact]
    public void An_editor_re_linting_gets_what_a_fresh_run_gets_as_the_story_changes_around_a_paragraph()
    {
        const string reference = "Halloran, who ran the grill, retired.";
        string[] versions =
        [
            $"The diner opened in 1950.\n\n{reference}",
            $"The diner opened in 1950.\n\n{reference}",
            $"Ed Halloran bought the diner.\n\n{reference}",
            $"A new lede.\n\nThe diner opened in 1950.\n\n{reference}",
            $"{reference}\n\n{reference}",
        ];

        var found = Relint(Rule, versions);

        Assert.Equal([1, 1, 0, 1, 1], found.Select(f => f.Count));
    }

    [Fact]
    public void A_word_that_ends_the_sentence_before_the_name_does_not_introduce_it() =>
        Assert.Single(Run(Rule, "The diner is in Wexham. Halloran, who ran the grill, retired."));

    [Fact]
    public void A_pattern_without_a_name_group_is_refused()
    {
        var errors = new RuleErrors("Test/Rule.yml");
        var rule = RuleLoader.LoadOne(new RuleSource(errors.Path, "Test.Rule", "extends: surnames\nmessage: x\nreferences: ['\\p{Lu}\\p{Ll}+, who']\n"), errors);

        Assert.Null(rule);
        Assert.NotEmpty(errors.All);
    }

    [Theory]
    [InlineData("The clinic reopened.\n\nWambugu said the queue was long.", 1)]
    // Written twice, in any case: a firm or a name the story knows, not one left unintroduced.
    [InlineData("The clinic reopened.\n\nWambugu said the queue was long. The wambugu ward is shut.", 0)]
    // An ordinary word in the speaker's place is no name.
    [InlineData("The clinic reopened.\n\nNurses said the queue was long. Everybody said so.", 0)]
    // A lower-case given name still introduces it (the capital is another rule's finding).
    [InlineData("Director wanjiru Wambugu reopened it.\n\nWambugu said the queue was long.", 0)]
    public void A_once_pattern_flags_a_speaker_named_once_and_nowhere_introduced(string text, int expected)
    {
        const string once = """
            extends: surnames
            message: "'%s' %s."
            references: ['(?<name>\p{Lu}\p{Ll}+)(?=,\swho\b)']
            once: ['(?<=(?:^|[.!?]\s+))(?<name>\p{Lu}\p{Ll}+)(?<!s)(?=\s(?:said|told)\b)']
            """;

        Assert.Equal(expected, Run(once, text).Count);
    }
}
