using Lint.Language.Spelling;

namespace Lint.Core.Tests.Spelling;

/// <summary>The en_US dictionary shipped with Lint, read from its embedded copy.</summary>
public class DefaultDictionaryTests
{
    [Theory]
    [InlineData("tried")]
    [InlineData("untried")]
    [InlineData("houses")]
    [InlineData("Paris's")]
    [InlineData("don't")]
    [InlineData("created")]
    [InlineData("recreated")]
    [InlineData("21st")]
    [InlineData("The")]
    public void Common_words_and_their_forms_are_correct(string word) => Assert.True(DefaultDictionary.Value.Contains(word));

    [Theory]
    [InlineData("teh")]
    [InlineData("recieve")]
    [InlineData("paris")]
    [InlineData("occured")]
    public void Misspellings_are_not(string word) => Assert.False(DefaultDictionary.Value.Contains(word));

    [Fact]
    public void The_shipped_affix_file_reads_without_notes() => Assert.Empty(DefaultDictionary.Value.Notes);
}
