using Lint.Language;

namespace Lint.Core.Tests.Language;

public class OtherLanguageTests
{
    private static IReadOnlyList<Token> Tag(string text) => TaggedText.Of(text);

    [Theory]
    [InlineData("Ar dheis Dé go raibh a hanam dílis.")]
    [InlineData("Kami akan terus berjuang untuk rakyat di kawasan ini.")]
    [InlineData("Diolch yn fawr iawn i bawb am eu cefnogaeth.")]
    [InlineData("Ar dheis Dé go raibh a anam.")]
    public void A_sentence_whose_lower_case_words_the_lexicon_mostly_lacks_is_in_another_language(string sentence) =>
        Assert.True(OtherLanguage.IsSentence(Tag(sentence)));

    [Theory]
    [InlineData("Mwangi Kiprotich, Wanjiru Njeri and Otieno Odhiambo won the relay.")]
    [InlineData("The clinic's director, Teresa ochoa, said the wing would reopen.")]
    [InlineData("The boda boda riders said the matatu fares rose.")]
    public void An_english_sentence_with_names_or_a_few_loan_words_is_english(string sentence) =>
        Assert.False(OtherLanguage.IsSentence(Tag(sentence)));
}
