using static Lint.Rules.Tests.KindTester;

namespace Lint.Rules.Tests.Kinds;

public class NamesKindTests
{
    private const string Rule = "extends: names\nmessage: \"'%s' is '%s' on line %s.\"\nignore: [The]\ntitles: [Mayor]\n";

    [Fact]
    public void A_name_written_in_lower_case_is_flagged_with_the_capitalized_form()
    {
        const string text = "Mayor Dana Pruitt spoke.\nLater, dana pruitt left.";

        var finding = Assert.Single(Run(Rule, text));

        Assert.Equal("'dana pruitt' is 'Dana Pruitt' on line 1.", finding.Message);
        Assert.Equal("Dana Pruitt", finding.Fix!.Edits[0].NewText);
    }

    [Fact]
    public void Parts_of_longer_names_are_not_learned_as_names() =>
        Assert.Empty(Run(Rule, "The National Weather Service said snow would fall. The weather service was right."));

    [Fact]
    public void A_possessive_name_in_lower_case_is_flagged_without_its_ending()
    {
        const string text = "Port Ellery voted. Critics said port ellery's streets are narrow.";

        var finding = Assert.Single(Run(Rule, text));

        Assert.Equal("port ellery", Flagged(text, finding));
        Assert.Equal("Port Ellery", finding.Fix!.Edits[0].NewText);
    }
}
