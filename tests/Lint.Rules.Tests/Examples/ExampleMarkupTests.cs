using Lint.Rules.Examples;

namespace Lint.Rules.Tests.Examples;

public class ExampleMarkupTests
{
    [Fact]
    public void Marks_are_removed_and_their_spans_kept()
    {
        var markup = ExampleMarkup.Parse("A [|filing|] of {|X.Y:gaps|}.");

        Assert.Null(markup.Error);
        Assert.Equal("A filing of gaps.", markup.Text);
        Assert.Equal([(new Lint.Text.TextSpan(2, 6), (string?)null), (new Lint.Text.TextSpan(12, 4), "X.Y")], markup.Spans);
    }

    [Theory]
    [InlineData("an [|open mark")]
    [InlineData("a close|] mark")]
    [InlineData("mixed [|marks|}")]
    public void Broken_markup_is_an_error(string text) => Assert.NotNull(ExampleMarkup.Parse(text).Error);
}
