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

    [Fact]
    public void An_editor_re_linting_gets_what_a_fresh_run_gets_as_paragraphs_move_repeat_and_change()
    {
        const string lede = "The harbour board voted to close the east pier for the winter.";
        const string quote = "Repairs will start in March, the board's chair said on Monday night.";
        string[] versions =
        [
            $"{lede}\n\n{quote}",
            $"{lede}\n\n{quote}\n\n{quote}",
            $"A new first line here.\n\n{lede}\n\n{quote}\n\n{quote}",
            $"A new first line here.\n\n{lede}\n\nIt was late. {lede}\n\n{quote}",
            $"{quote}\n\n{lede}",
        ];

        var found = Relint(Rule, versions);

        Assert.Equal([0, 1, 1, 1, 0], found.Select(f => f.Count));
        Assert.Equal("Repeats line 5.", found[2][0].Message);
        Assert.Equal(lede, Flagged(versions[3], found[3][0]));
    }
}
