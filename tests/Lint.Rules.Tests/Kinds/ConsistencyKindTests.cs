using static Lint.Rules.Tests.KindTester;

namespace Lint.Rules.Tests.Kinds;

public class ConsistencyKindTests
{
    private const string PerStory = "extends: consistency\nmessage: \"'%s' is written '%s' %s.\"\neither:\n  iRay: IRay\n";
    private const string AcrossStories = PerStory + "corpus: true\n";

    [Fact]
    public void Within_a_story_the_form_used_more_often_wins()
    {
        const string text = "IRay said. iRay makes optics. iRay is in Yantai.";

        var finding = Assert.Single(Run(PerStory, text));

        Assert.Equal(0, finding.Location.Span.Start);
        Assert.Equal("'IRay' is written 'iRay' 2 times elsewhere in this story.", finding.Message);
        Assert.Equal("iRay", finding.Fix!.Edits[0].NewText);
    }

    [Fact]
    public void On_a_tie_the_form_used_first_wins()
    {
        const string text = "IRay said. iRay makes optics.";

        Assert.Equal("iRay", Flagged(text, Assert.Single(Run(PerStory, text))));
    }

    [Fact]
    public void Per_story_rules_do_not_compare_stories()
    {
        Assert.Empty(Run(PerStory, ("a.txt", "iRay makes optics."), ("b.txt", "IRay makes optics.")));
    }

    [Fact]
    public void Across_stories_the_minority_story_is_flagged()
    {
        var found = Run(AcrossStories, ("a.txt", "iRay makes optics."), ("b.txt", "IRay makes optics."), ("c.txt", "iRay is in Yantai."));

        var finding = Assert.Single(found);
        Assert.Equal("b.txt", finding.Location.Path);
        Assert.Equal("'IRay' is written 'iRay' in 2 other stories.", finding.Message);
    }
}
