using Lint.Syntax;
using Lint.Text;

namespace Lint.Core.Tests.Syntax;

public class DocumentShapeTests
{
    private static readonly SourceText Text = new("One two. Three four.");

    [Fact]
    public void A_word_outside_its_sentence_and_a_block_past_the_text_are_reported()
    {
        var sentence = new Sentence(new TextSpan(0, 8), [new Word(new TextSpan(4, 10))]);
        var document = new Document("a.txt", Text, [new Block(BlockKind.Paragraph, new TextSpan(0, 30), [sentence])]);

        var problems = DocumentShape.Violations(document);

        Assert.Contains(problems, p => p.Contains("outside the text", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("word of sentence", StringComparison.Ordinal));
    }

    [Fact]
    public void A_word_on_an_excluded_range_is_reported()
    {
        var sentence = new Sentence(new TextSpan(0, 8), [new Word(new TextSpan(0, 3))]);
        var block = new Block(BlockKind.Paragraph, new TextSpan(0, 8), [sentence], [new TextSpan(1, 1)]);

        var problems = DocumentShape.Violations(new Document("a.txt", Text, [block]));

        Assert.Contains(problems, p => p.Contains("lies on an excluded range", StringComparison.Ordinal));
    }

    [Fact]
    public void Overlapping_blocks_are_reported_unless_one_sits_in_the_others_excluded_range()
    {
        var outer = new Block(BlockKind.Paragraph, new TextSpan(0, 20), [], [new TextSpan(9, 11)]);
        var inside = new Block(BlockKind.AltText, new TextSpan(9, 5), []);
        var across = new Block(BlockKind.AltText, new TextSpan(5, 5), []);

        Assert.Empty(DocumentShape.Violations(new Document("a.txt", Text, [outer, inside])));
        Assert.NotEmpty(DocumentShape.Violations(new Document("a.txt", Text, [outer, across])));
    }
}
