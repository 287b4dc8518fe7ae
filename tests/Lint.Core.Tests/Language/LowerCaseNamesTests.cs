using Lint.Language;
using Lint.Syntax;
using Lint.Text;

namespace Lint.Core.Tests.Language;

public class LowerCaseNamesTests
{
    private static Document Parse(string text) => new PlainTextParser().Parse("story.txt", new SourceText(text));

    [Fact]
    public void A_name_the_story_says_is_written_in_lower_case_is_declared()
    {
        var document = Parse("Singer mourns father\n\nHis daughter, the singer ying koh, performs under a lower-case name.\n\nThe wake is on Friday.");

        Assert.Contains("koh", document.LowerCaseNames);
        Assert.Contains("ying", document.LowerCaseNames);
        Assert.DoesNotContain("performs", document.LowerCaseNames);
        Assert.True(LowerCaseNames.AreAll(document.LowerCaseNames, "ying koh"));
        Assert.False(LowerCaseNames.AreAll(document.LowerCaseNames, "ann koh"));
    }

    [Fact]
    public void A_story_that_declares_nothing_has_no_lower_case_names()
    {
        var document = Parse("Singer mourns father\n\nHis daughter, the singer ying koh, performs in Singapore.");

        Assert.Empty(document.LowerCaseNames);
        Assert.False(LowerCaseNames.AreAll(document.LowerCaseNames, "koh"));
    }
}
