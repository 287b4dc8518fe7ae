using Lint.Rules.Matching;

namespace Lint.Rules.Tests.Matching;

public class RequiredLiteralsTests
{
    [Theory]
    [InlineData("filing(?= critical gaps)", "filing| critical gaps")]
    [InlineData("(?:palette|pallet)(?= cleansers?)", "palette|pallet| cleanser")]
    [InlineData("it[’']s(?= own)", "it's|it’s| own")]
    [InlineData("colou?r", "color|colour")]
    [InlineData("(?<=\\bto )horde", "horde")]
    [InlineData("pointed\\s+out", "pointed|out")]
    [InlineData("(?<=\\bbeck )and(?= call\\b)", "beck | call")]
    [InlineData("(?-i:council)(?= for the)", "council| for the")]
    [InlineData("a{3}", "aaa")]
    [InlineData("(?<who>officials?) said", "official said|officials said")]
    public void A_pattern_needs_one_of_its_literals(string pattern, string choices)
    {
        var required = RequiredLiterals.Of(pattern);

        Assert.NotNull(required);
        Assert.Contains(required, choices.Split('|').Contains);
    }

    [Theory]
    [InlineData("filing(?= gaps)", "filing")]
    [InlineData("(?:palette|pallet) cleansers?", "palette cleanser|palette cleansers|pallet cleanser|pallet cleansers")]
    [InlineData("colou?r", "color|colour")]
    public void Literals_inside_the_match_are_kept_exactly(string pattern, string expected)
    {
        Assert.Equal(expected.Split('|').Order(StringComparer.Ordinal), RequiredLiterals.Of(pattern));
    }

    [Theory]
    [InlineData("\\w+")]
    [InlineData("a|\\d+")]
    [InlineData("(?:the)?\\s*\\p{Lu}")]
    [InlineData("(?(x)a|b)")]
    [InlineData("(?x) a b")]
    [InlineData("x*")]
    [InlineData("(?!never)\\w")]
    [InlineData("[^abc]+")]
    public void A_pattern_that_can_match_without_a_literal_has_none(string pattern)
    {
        Assert.Null(RequiredLiterals.Of(pattern));
    }
}
