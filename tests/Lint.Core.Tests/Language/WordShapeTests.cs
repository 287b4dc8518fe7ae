using Lint.Language;

namespace Lint.Core.Tests.Language;

public class WordShapeTests
{
    [Theory]
    [InlineData("Filing", "filling", "Filling")]
    [InlineData("filing", "filling", "filling")]
    [InlineData("Advisors", "advisers", "Advisers")]
    [InlineData("ADVISORS", "advisers", "ADVISERS")]
    [InlineData("A", "an", "An")]
    [InlineData("Iphone", "iPhone", "iPhone")]
    [InlineData("Us", "U.S.", "U.S.")]
    public void A_replacement_takes_the_shape_of_the_word_it_replaces(string found, string replacement, string expected) =>
        Assert.Equal(expected, WordShape.CaseLike(found, replacement));

    [Theory]
    [InlineData("Senator", true)]
    [InlineData("A", true)]
    [InlineData("NASA", false)]
    [InlineData("McDonald", false)]
    [InlineData("senator", false)]
    [InlineData("3M", false)]
    public void Capitalized_means_one_capital_and_it_comes_first(string word, bool expected) =>
        Assert.Equal(expected, WordShape.IsCapitalized(word));

    [Theory]
    [InlineData("Pago", true)]
    [InlineData("McDonald", true)]
    [InlineData("NASA", false)]
    [InlineData("A", false)]
    [InlineData("iPhone", false)]
    public void Name_shaped_means_a_capital_first_and_lower_case_after(string word, bool expected) =>
        Assert.Equal(expected, WordShape.IsNameShaped(word));
}
