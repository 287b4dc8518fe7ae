using Lint.Syntax;
using Lint.Text;

namespace Lint.Core.Tests.Syntax;

public class PlainTextParserTests
{
    private static Document Parse(string text) => new PlainTextParser().Parse("story.txt", new SourceText(text));

    [Fact]
    public void Each_line_is_a_block_whether_or_not_blank_lines_separate_them()
    {
        var single = Parse("First paragraph here is long enough to be a paragraph, officials said.\nSecond paragraph is also a full sentence of news copy.");
        var blank = Parse("First paragraph here is long enough to be a paragraph, officials said.\n\nSecond paragraph is also a full sentence of news copy.");

        Assert.Equal(2, single.Blocks.Count);
        Assert.Equal(2, blank.Blocks.Count);
    }

    [Fact]
    public void A_hard_wrapped_line_continues_its_paragraph()
    {
        var document = Parse("The officials said Chinese materials were filling\ncritical gaps in the production cycle.");

        var block = Assert.Single(document.Blocks);
        Assert.Single(block.Sentences);
    }

    [Theory]
    [InlineData("Museum raid\n\nTwo men broke into the museum on Monday night.\n\nThe burglars took three things:\n\na silver teapot\na set of brass scales\na pair of Georgian candlesticks\n\nPolice said the men were caught.")]
    [InlineData("Exam leak\n\nThe exam board met on Monday night.\n\nThe board listed the changes it would make:\nsealed papers on the day\na second invigilator in every room\n\nPolice said the men were caught.")]
    public void Lower_case_lines_under_a_lead_in_are_list_items_one_a_line(string text)
    {
        var blocks = Parse(text).Blocks;

        Assert.All(blocks.Skip(3).SkipLast(1), item => Assert.Equal(BlockKind.ListItem, item.Kind));
        Assert.True(blocks.Count >= 6);
        Assert.Equal(BlockKind.Paragraph, blocks[^1].Kind);
    }

    [Fact]
    public void A_hard_wrapped_paragraph_after_one_that_is_not_a_lead_in_still_joins_its_lines()
    {
        var document = Parse("The mayor spoke first.\n\nThe officials said the new materials were filling\ncritical gaps in the production cycle.");

        Assert.Equal(2, document.Blocks.Count);
        Assert.Equal(BlockKind.Paragraph, document.Blocks[1].Kind);
    }

    [Fact]
    public void A_story_wrapped_at_a_fixed_width_keeps_each_paragraph_in_one_block()
    {
        const string story =
            "Harbour dues to rise as port board backs new fees for cargo ships\n" +
            "Thursday 5 March 2026\n" +
            "By Ruth Gallagher\n" +
            "\n" +
            "The harbour board has voted to raise berthing dues for the first time in\n" +
            "Kilbrannan, Co Antrim, since 2019, despite objections from two ferry\n" +
            "firms and the local fishing co-operative.\n" +
            "\n" +
            "Speaking for the fishing co-operative at the meeting in the town hall,\n" +
            "skipper Conal Breen said the increase would cost each boat about\n" +
            "GBP 900 a year and that several crews were already close to selling up.\n" +
            "\n" +
            "The new dues take effect on April 1.";

        var blocks = Parse(story).Blocks;

        Assert.Equal(6, blocks.Count);
        Assert.Equal(BlockKind.Heading, blocks[0].Kind);
        Assert.All(blocks.Skip(3), b => Assert.Equal(BlockKind.Paragraph, b.Kind));
        Assert.StartsWith("The harbour board", story.AsSpan(blocks[3].Span.Start).ToString(), StringComparison.Ordinal);
        Assert.EndsWith("co-operative.", story[blocks[3].Span.Start..blocks[3].Span.End], StringComparison.Ordinal);
        Assert.EndsWith("selling up.", story[blocks[4].Span.Start..blocks[4].Span.End], StringComparison.Ordinal);
    }

    [Fact]
    public void Short_lines_between_blank_lines_stay_blocks_of_their_own()
    {
        var blocks = Parse("Ferry fares rise again\nMonday 2 March 2026\nBy Ana Reyes\n\nFares on the island routes rise by 6% today.\nThe operator blamed fuel costs.\n\nSailings are unchanged.").Blocks;

        Assert.Equal(6, blocks.Count);
    }

    [Fact]
    public void A_line_that_ends_in_a_comma_continues_into_a_lower_case_line()
    {
        var block = Assert.Single(Parse("Presenting the case for the harbour board,\nbarrister Ann Kerr said the dues were fair.").Blocks);

        Assert.Single(block.Sentences);
    }

    [Theory]
    [InlineData("US says China is boosting Russia's war machine in Ukraine", BlockKind.Heading)]
    [InlineData("By Steve Holland and Susan Heavey", BlockKind.Byline)]
    [InlineData("  • China has significantly increased its exports to Russia.", BlockKind.ListItem)]
    [InlineData("Photo: Xinhua news agency via AP", BlockKind.PastedCaption)]
    [InlineData("President Joe Biden speaks during a campaign event in Philadelphia, Thursday. (AP Photo/Matt Rourke)", BlockKind.PastedCaption)]
    [InlineData("China is backing Russia’s war effort in Ukraine, senior U.S. officials said on Friday.", BlockKind.Paragraph)]
    [InlineData("Crews worked through the night to clear the", BlockKind.Paragraph)]
    [InlineData("Ferry fares rise again as fuel costs climb", BlockKind.Heading)]
    [InlineData("The company said it would run a reduced service on two routes between", BlockKind.Paragraph)]
    [InlineData("Council weighs cuts to bus routes after", BlockKind.Paragraph)]
    public void Blocks_are_classified_by_their_shape(string line, BlockKind kind) =>
        Assert.Equal(kind, Assert.Single(Parse(line).Blocks).Kind);

    [Theory]
    [InlineData("The storm hit at night. Then the lights went out")]
    [InlineData("“It was fine,” she said. “Then the river rose")]
    public void Two_sentences_without_a_full_stop_below_the_headline_are_a_paragraph_cut_off(string line)
    {
        Assert.Equal(BlockKind.Paragraph, Parse("Storm cuts power to coastal towns\n\n" + line).Blocks[^1].Kind);
        Assert.Equal(BlockKind.Heading, Parse(line).Blocks[0].Kind);
    }

    [Theory]
    [InlineData("St. Brigid's opens crisis center for teens as mental health calls climb", BlockKind.Heading)]
    [InlineData("Dr. Ames named to lead the county health board after long search", BlockKind.Heading)]
    public void The_dot_of_an_abbreviation_does_not_make_a_heading_two_sentences(string line, BlockKind kind) =>
        Assert.Equal(kind, Assert.Single(Parse(line).Blocks).Kind);

    [Fact]
    public void A_long_unfinished_report_after_a_finished_paragraph_is_a_paragraph_cut_off()
    {
        const string headline = "Ferry fares rise again as fuel costs climb\n\n";
        const string report = "Passengers who bought season tickets were told the old price would hold for a year\n\n";
        const string body = "The operator raised fares by 8 percent on Monday, the second rise this year.\n\n";
        const string subhead = "What the new timetable means\n\n";
        const string related = "Island council calls ferry fare rise a blow to families already struggling with costs\n\n";

        var document = Parse(headline + report + body + subhead + body + related + report);

        Assert.Equal(
            [BlockKind.Heading, BlockKind.Heading, BlockKind.Paragraph, BlockKind.Heading, BlockKind.Paragraph, BlockKind.Heading, BlockKind.Paragraph],
            document.Blocks.Select(b => b.Kind));
    }

    [Fact]
    public void A_block_ending_on_a_modal_and_an_adverb_is_a_paragraph_cut_off()
    {
        const string body = "The operator raised fares by 8 percent on Monday, the second rise this year.\n\n";

        var document = Parse(body + "Commuters who rely on the early boat will instead\n\n" + body + "Ferry fares will rise again\n\n" + body);

        Assert.Equal(
            [BlockKind.Paragraph, BlockKind.Paragraph, BlockKind.Paragraph, BlockKind.Heading, BlockKind.Paragraph],
            document.Blocks.Select(b => b.Kind));
    }

    [Fact]
    public void An_unfinished_clause_after_a_comma_below_the_body_is_a_paragraph_cut_off()
    {
        const string body = "The operator raised fares by 8 percent on Monday, the second rise this year.\n\n";

        var document = Parse(body + "The inquiry continues today, when the board is expected to call\n\nFerry fares rise again, union says\n\nFares rise, which riders fear\n\nThe ferries sail on Friday, while the buses run");

        Assert.Equal([BlockKind.Paragraph, BlockKind.Paragraph, BlockKind.Heading, BlockKind.Heading, BlockKind.Paragraph], document.Blocks.Select(b => b.Kind));
    }

    [Fact]
    public void Every_span_of_a_seed_passes_the_shared_shape_check()
    {
        var content = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "seeds", "003_56d134bd30085541.txt"));
        var document = Parse(content);

        Assert.NotEmpty(document.Blocks);
        Assert.Empty(DocumentShape.Violations(document));
    }
}
