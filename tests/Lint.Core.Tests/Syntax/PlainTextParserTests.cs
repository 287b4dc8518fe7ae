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
    [InlineData("US says China is boosting Russia's war machine in Ukraine", BlockKind.Heading)]
    [InlineData("By Steve Holland and Susan Heavey", BlockKind.Byline)]
    [InlineData("  • China has significantly increased its exports to Russia.", BlockKind.ListItem)]
    [InlineData("Photo: Xinhua news agency via AP", BlockKind.PastedCaption)]
    [InlineData("President Joe Biden speaks during a campaign event in Philadelphia, Thursday. (AP Photo/Matt Rourke)", BlockKind.PastedCaption)]
    [InlineData("China is backing Russia’s war effort in Ukraine, senior U.S. officials said on Friday.", BlockKind.Paragraph)]
    [InlineData("The storm hit at night. Then the lights went out", BlockKind.Paragraph)]
    [InlineData("“It was fine,” she said. “Then the river rose", BlockKind.Paragraph)]
    [InlineData("Crews worked through the night to clear the", BlockKind.Paragraph)]
    [InlineData("Ferry fares rise again as fuel costs climb", BlockKind.Heading)]
    [InlineData("The company said it would run a reduced service on two routes between", BlockKind.Paragraph)]
    [InlineData("Council weighs cuts to bus routes after", BlockKind.Paragraph)]
    public void Blocks_are_classified_by_their_shape(string line, BlockKind kind) =>
        Assert.Equal(kind, Assert.Single(Parse(line).Blocks).Kind);

    [Fact]
    public void Every_span_of_a_seed_passes_the_shared_shape_check()
    {
        var content = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "seeds", "003_56d134bd30085541.txt"));
        var document = Parse(content);

        Assert.NotEmpty(document.Blocks);
        Assert.Empty(DocumentShape.Violations(document));
    }
}
