using static Lint.Rules.Tests.KindTester;

namespace Lint.Rules.Tests.Kinds;

public class DuplicatesKindTests
{
    private const string Rule = "extends: duplicates\nmessage: \"Repeats line %s.\"\nmin: 6\n";

    [Fact]
    public void A_line_pasted_twice_is_flagged_at_its_second_appearance()
    {
        const string text = "Today: December 22, 2024\nToday: December 22, 2024\nThe officials said so.";

        var finding = Assert.Single(Run(Rule, text));

        Assert.Equal(1, finding.Location.LineSpan.Start.Line);
        Assert.Equal("Repeats line 1.", finding.Message);
    }

    [Fact]
    public void A_sentence_repeated_inside_another_paragraph_is_flagged_ignoring_case_and_apostrophes()
    {
        const string text = "Russia’s imports rose sharply last year, officials said.\n\nIt was new. Russia's imports rose sharply last year, officials said.";

        var finding = Assert.Single(Run(Rule, text));

        Assert.Equal("Russia's imports rose sharply last year, officials said.", Flagged(text, finding));
    }

    [Fact]
    public void Short_repeated_sentences_are_not_flagged() =>
        Assert.Empty(Run(Rule, "He said no. She said no. They left early that day."));
}
