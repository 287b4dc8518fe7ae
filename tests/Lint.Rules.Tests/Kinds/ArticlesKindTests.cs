using static Lint.Rules.Tests.KindTester;

namespace Lint.Rules.Tests.Kinds;

public class ArticlesKindTests
{
    private const string Rule = "extends: articles\nmessage: \"Use '%s', not '%s', before '%s'.\"\nexceptions: [hotel]\n";

    [Theory]
    [InlineData("It took a hour.", "a", "an")]
    [InlineData("An university opened.", "An", "A")]
    [InlineData("She met a FBI agent.", "a", "an")]
    [InlineData("He was a 8-year-old boy.", "a", "an")]
    [InlineData("It was a unexpected win.", "a", "an")]
    [InlineData("They chose an uniform policy.", "an", "a")]
    [InlineData("The tenants formed an union.", "an", "a")]
    [InlineData("A HSU investigator came.", "A", "An")]
    [InlineData("She bought an DVD.", "an", "a")]
    [InlineData("He runs a NHS clinic.", "a", "an")]
    public void A_wrong_article_is_flagged_and_fixed_keeping_its_capital(string text, string wrong, string right)
    {
        var finding = Assert.Single(Run(Rule, text));

        Assert.Equal(wrong, Flagged(text, finding));
        Assert.Equal(right, finding.Fix!.Edits[0].NewText);
    }

    [Theory]
    [InlineData("It took an hour on a one-lane road to an 11-year-old's home.")]
    [InlineData("Class A offices are rented.")]
    [InlineData("She stayed at an hotel.")]
    [InlineData("It is a, well, an odd thing.")]
    [InlineData("It was a unanimous vote for a universal plan by a union.")]
    [InlineData("An uninsured driver caused an unexpected delay at an unidentified site.")]
    [InlineData("She owns a condo run by an HOA and got an FRB loan for an SAT tutor.")]
    [InlineData("A NATO summit, a SWAT team, a STEM class, an MRI scan, a BBC crew and an LGBTQ group.")]
    [InlineData("A RHYTHM SECTION, A SRI LANKAN CHEF AND A FJORD.")]
    public void Right_articles_letters_exceptions_and_punctuation_are_left_alone(string text) =>
        Assert.Empty(Run(Rule, text));
}
