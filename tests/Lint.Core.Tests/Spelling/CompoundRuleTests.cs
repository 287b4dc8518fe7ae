using static Lint.Core.Tests.Spelling.Dictionaries;

namespace Lint.Core.Tests.Spelling;

/// <summary>en_US's ordinals: COMPOUNDRULE with ONLYINCOMPOUND parts, written as en_US writes them.</summary>
public class CompoundRuleTests
{
    private const string Affixes = "COMPOUNDMIN 1\nONLYINCOMPOUND c\nCOMPOUNDRULE 2\nCOMPOUNDRULE n*1t\nCOMPOUNDRULE n*mp";

    private static readonly string[] Words = ["0/nm", "1/n1", "1st/p", "1th/tc", "2/nm", "2nd/p", "2th/tc", "4/nm", "4th/pt"];

    [Theory]
    [InlineData("21st")]
    [InlineData("11th")]
    [InlineData("12th")]
    [InlineData("402nd")]
    [InlineData("1st")]
    [InlineData("4th")]
    public void Ordinals_are_made_by_the_compound_rules(string ordinal) => Assert.True(Read(Affixes, Words).Contains(ordinal));

    [Theory]
    [InlineData("1th")]
    [InlineData("21th")]
    [InlineData("11st")]
    public void A_part_only_for_compounds_is_not_a_word_alone_and_wrong_ordinals_are_not_made(string ordinal) =>
        Assert.False(Read(Affixes, Words).Contains(ordinal));
}
