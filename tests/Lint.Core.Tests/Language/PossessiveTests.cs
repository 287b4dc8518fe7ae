using Lint.Language;

namespace Lint.Core.Tests.Language;

public class PossessiveTests
{
    [Theory]
    [InlineData("Greyport's", "Greyport")]
    [InlineData("Ellery’s", "Ellery")]
    [InlineData("Jones'", "Jones")]
    [InlineData("Greyport", "Greyport")]
    [InlineData("I's", "I's")]
    [InlineData("s'", "s'")]
    public void The_owner_is_the_word_without_its_possessive_ending(string word, string owner) =>
        Assert.Equal(owner, word[..Possessive.OwnerLength(word)]);

    [Theory]
    [InlineData("shakespeare’s", "shakespeare")]
    [InlineData("officials", null)]
    public void Owner_gives_the_owner_of_an_apostrophe_s_or_nothing(string word, string? owner) =>
        Assert.Equal(owner, Possessive.Owner(word));
}
