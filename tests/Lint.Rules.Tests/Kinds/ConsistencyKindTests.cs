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
    public void Re_lints_of_a_story_whose_paragraphs_change_give_what_a_fresh_run_gives()
    {
        // An editor's re-lints: one paragraph comes back unchanged (moved), the others change which form wins.
        const string kept = "iRay makes optics in Yantai.";
        string[] versions =
        [
            "IRay said.\n" + kept,
            "IRay said.\n" + kept,
            "Late news.\nIRay said. IRay agreed.\n" + kept,
            "Late news.\nIRay said. IRay agreed.\n" + kept,
            "iRay said.\n" + kept + "\nIRay left.",
        ];

        Relint(PerStory, versions);

        Assert.Equal(["iRay"], Run(PerStory, versions[3]).Select(d => Flagged(versions[3], d)));
        Assert.Equal(["IRay"], Run(PerStory, versions[4]).Select(d => Flagged(versions[4], d)));
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

    [Fact]
    public void With_min_the_winning_form_must_be_used_that_often()
    {
        const string rule = PerStory + "min: 2\n";

        const string twice = "IRay said. iRay makes optics. iRay is in Yantai.";

        Assert.Empty(Run(rule, "IRay said. iRay makes optics."));
        Assert.Equal("IRay", Flagged(twice, Assert.Single(Run(rule, twice))));
    }

    [Fact]
    public void A_form_that_carries_its_space_is_trimmed_in_the_message_and_kept_in_the_fix()
    {
        const string rule = "extends: consistency\nmessage: \"'%s' is written '%s' %s.\"\nnonword: true\neither:\n  '(?<=\\d) percent': '(?<=\\d)%'\n";

        var finding = Assert.Single(Run(rule, "Up 5 percent, then 6 percent, then 7%."));

        Assert.Equal("'%' is written 'percent' 2 times elsewhere in this story.", finding.Message);
        Assert.Equal(" percent", finding.Fix!.Edits[0].NewText);
    }

    [Fact]
    public void With_fix_false_a_side_that_stands_for_several_words_is_flagged_without_a_fix()
    {
        const string rule = "extends: consistency\nmessage: \"'%s' against '%s' %s.\"\nfix: false\neither:\n  (?:Sept|Oct)\\.: (?:September|October)\n";

        var finding = Assert.Single(Run(rule, "It opened Sept. 4 and closed Oct. 20; it reopens October 1."));

        Assert.Equal("'October' against 'Oct.' 2 times elsewhere in this story.", finding.Message);
        Assert.Null(finding.Fix);
    }
}
