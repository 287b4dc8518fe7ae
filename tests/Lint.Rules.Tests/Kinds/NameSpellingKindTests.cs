using Lint.Rules.Kinds.NameSpelling;
using static Lint.Rules.Tests.KindTester;

namespace Lint.Rules.Tests.Kinds;

public class NameSpellingKindTests
{
    [Theory]
    [InlineData("Pruitt", "Pruit", true)]
    [InlineData("Saraiva", "Saravia", true)]
    [InlineData("Halvorsen", "Halvorson", true)]
    [InlineData("Pruitt", "Pruitt", false)]
    [InlineData("Pruitt", "Pratt", false)]
    [InlineData("Halvorsen", "Halvorssen", true)]
    [InlineData("Halvorsen", "Halvorsson", false)]
    public void One_edit_is_a_letter_added_dropped_changed_or_swapped(string a, string b, bool expected)
    {
        Assert.Equal(expected, EditDistance.IsOneEdit(a, b));
        Assert.Equal(expected, EditDistance.IsOneEdit(b, a));
    }

    [Fact]
    public void The_rare_spelling_of_a_name_is_flagged_with_the_usual_one_as_fix()
    {
        const string text = "Coach Ana Saraiva arrived. Saraiva trained. Saravia left early.";

        var finding = Assert.Single(Run("extends: namespelling\nmessage: \"'%s' vs '%s' (%s)\"\n", text));

        Assert.Equal("'Saravia' vs 'Saraiva' (2)", finding.Message);
        Assert.Equal("Saraiva", finding.Fix!.Edits[0].NewText);
    }

    [Fact]
    public void Demonyms_plurals_and_words_never_part_of_a_name_are_left_alone() =>
        Assert.Empty(Run("extends: namespelling\nmessage: m\n", "Russia and Russia again. The Russian side and Russia met. Where Johnsons and Johnson met."));
}
