using Lint.Language.Spelling;

namespace Lint.Core.Tests.Spelling;

public class AffixConditionTests
{
    [Theory]
    [InlineData("[^aeiou]y", "fly", true)]
    [InlineData("[^aeiou]y", "play", false)]
    [InlineData("[sxzh]", "box", true)]
    [InlineData("[sxzh]", "cat", false)]
    [InlineData("e", "bake", true)]
    [InlineData(".", "a", true)]
    [InlineData("[^ey]", "y", false)]
    [InlineData("[aeiou]y", "y", false)]
    public void A_suffix_condition_is_tested_on_the_end_of_the_word(string condition, string word, bool matches) =>
        Assert.Equal(matches, AffixCondition.Parse(condition)!.Matches(word, atEnd: true));

    [Theory]
    [InlineData("[^u]n", "nest", false)]
    [InlineData("[^u]n", "anew", true)]
    [InlineData("un", "undo", true)]
    public void A_prefix_condition_is_tested_on_the_start_of_the_word(string condition, string word, bool matches) =>
        Assert.Equal(matches, AffixCondition.Parse(condition)!.Matches(word, atEnd: false));

    [Fact]
    public void An_unclosed_bracket_is_not_a_condition() => Assert.Null(AffixCondition.Parse("[^aeiou"));
}
