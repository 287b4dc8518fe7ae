using Lint.Rules.Kinds.Variants;
using static Lint.Rules.Tests.KindTester;

namespace Lint.Rules.Tests.Kinds;

public class VariantsKindTests
{
    private const string Rule = "extends: variants\nmessage: \"'%s' is written '%s' %s.\"\ncorpus: true\nignore: [every, set, up]\nvocabulary: [email]\n";

    [Theory]
    [InlineData("IRay", "iRay", true)]
    [InlineData("U.S.", "US", true)]
    [InlineData("time line", "timeline", true)]
    [InlineData("e-mail", "email", true)]
    [InlineData("McDonald", "Mcdonald", true)]
    [InlineData("US", "us", false)]
    [InlineData("WHO", "who", false)]
    [InlineData("a.m.", "am", false)]
    [InlineData("well-known", "well known", false)]
    [InlineData("The", "the", false)]
    [InlineData("Māori", "Maori", true)]
    [InlineData("résumé", "resume", false)]
    [InlineData("Vance-Hadley", "Vance Hadley", true)]
    [InlineData("Zia-ur-Rehman", "Zia ur Rehman", true)]
    public void Forms_are_variants_only_when_they_spell_one_term(string a, string b, bool expected)
    {
        Assert.Equal(expected, VariantForms.AreVariants(a, b));
        Assert.Equal(expected, VariantForms.AreVariants(b, a));
    }

    [Fact]
    public void Re_lints_of_a_changing_story_give_what_a_fresh_run_gives()
    {
        const string rule = "extends: variants\nmessage: \"'%s' is written '%s' %s.\"\nexceptions: [Co-op]\n";
        // The same spellings come back in each version while which form wins, and which words are there, change.
        // One paragraph comes back in every version (moved when the lede changes).
        const string kept = "\nThe e-mail went out; an email came back.";
        string[] versions =
        [
            "E-mail the co-op." + kept,
            "Email the co-op." + kept,
            "Email the Co-op and the coop." + kept,
            "E-mail the co-op. An e-mail came back from the coop." + kept,
            "E-mail the co-op. An e-mail came back from the coop." + kept,
        ];

        Relint(rule, versions);

        Assert.Equal(["email"], Run(rule, versions[0]).Select(d => Flagged(versions[0], d)));
        Assert.Equal(["coop", "email"], Run(rule, versions[4]).Select(d => Flagged(versions[4], d)));
    }

    [Fact]
    public void A_name_with_and_without_its_accents_is_one_name_in_a_story_but_not_across_stories()
    {
        const string story = "The Māori council met. Māori leaders spoke, and a Maori advisory group was set up.";

        Assert.Equal(["Maori"], Run(Rule, story).Select(d => Flagged(story, d)));
        Assert.Empty(Run(Rule, ("a.txt", "Siobhán Kerr spoke. Siobhán Kerr left."), ("b.txt", "Siobhan Doyle spoke.")));
    }

    [Fact]
    public void Across_stories_the_majority_wins_and_the_message_says_where()
    {
        var found = Run(Rule, ("a.txt", "Optics from iRay Technology."), ("b.txt", "Optics from IRay Technology."), ("c.txt", "More from iRay."));

        var finding = Assert.Single(found);
        Assert.Equal("b.txt", finding.Location.Path);
        Assert.Equal("'IRay' is written 'iRay' in 2 other stories.", finding.Message);
    }

    [Fact]
    public void A_lower_case_term_a_story_writes_two_ways_follows_the_story_not_the_run()
    {
        const string canadian = "Rents rose 4 per cent, and wages 3 per cent. Fares rose 2 percent.";

        var found = Run(Rule, ("a.txt", canadian), ("b.txt", "Up 5 percent."), ("c.txt", "Down 1 percent."), ("d.txt", "Flat, 0 percent."));

        var finding = Assert.Single(found);
        Assert.Equal(("a.txt", "percent"), (finding.Location.Path, Flagged(canadian, finding)));
        Assert.Equal("'percent' is written 'per cent' 2 times in this story, first on line 1.", finding.Message);
    }

    [Fact]
    public void A_name_a_story_writes_two_ways_follows_the_run()
    {
        const string story = "Optics from iRay. The iRay lens. An IRay mount.";

        var found = Run(Rule, ("a.txt", story), ("b.txt", "From IRay."), ("c.txt", "From IRay."), ("d.txt", "From IRay."));

        Assert.Equal(["iRay", "iRay"], found.Select(f => Flagged(story, f)));
    }

    [Fact]
    public void A_common_word_in_lower_case_is_not_held_to_another_storys_name()
    {
        // The name's story comes first, so it would win a tie.
        var found = Run(Rule, ("a.txt", "Buses run in the Pacific Northwest."), ("b.txt", "The oldest mill in the north-west burned down."));

        Assert.Empty(found);
    }

    [Fact]
    public void A_spaced_form_is_compared_with_a_closed_form_in_the_same_story()
    {
        const string text = "The timeline slipped. The new timeline is firm, the time line says.";

        var found = Run(Rule, ("a.txt", text), ("b.txt", "Another time line."));

        var finding = Assert.Single(found);
        Assert.Equal(("a.txt", "time line"), (finding.Location.Path, Flagged(text, finding)));
        Assert.Equal("'time line' is written 'timeline' 2 times in this story, first on line 1.", finding.Message);
    }

    [Fact]
    public void A_spaced_form_alone_in_its_story_is_not_tallied()
    {
        var found = Run(Rule, ("a.txt", "The timeline slipped."), ("b.txt", "The time line slipped."));

        Assert.Empty(found);
    }

    [Fact]
    public void The_house_vocabulary_wins_over_the_majority()
    {
        const string text = "Send an e-mail. Another e-mail followed, then an email.";

        var found = Run(Rule, text);

        Assert.Equal(["e-mail", "e-mail"], found.Select(f => Flagged(text, f)));
        Assert.All(found, f => Assert.Equal("email", f.Fix!.Edits[0].NewText));
    }

    [Fact]
    public void Datelines_in_capitals_and_sentence_capitals_are_not_spellings()
    {
        const string text = "WASHINGTON (AP) — Officials in Washington said so.\nThe setup began. Set up the desk every day, as everyday work.";

        Assert.Empty(Run(Rule, text));
    }

    [Fact]
    public void The_place_of_a_dateline_after_its_date_is_not_a_spelling()
    {
        const string text = "Friday, March 20, 2026 · KORVALA, Eastern Region\n\nHealth workers in Korvala began the rollout on Monday, and Korvala clinics stayed open.\n\nThe KORVALA office closed.";

        var found = Run(Rule, text);

        Assert.Equal("KORVALA", Flagged(text, Assert.Single(found)));
    }

    [Fact]
    public void The_letters_of_a_currency_sign_are_not_the_countrys_name()
    {
        const string text = "The herd was worth US$86 000, officials said. The U.S. embassy and the U.S. envoy paid US$4 000.";

        Assert.Empty(Run(Rule, text));
    }

    [Fact]
    public void A_possessive_is_compared_without_its_s()
    {
        const string text = "The optics of IRay's plant and iRay's engines came from iRay.";

        var finding = Assert.Single(Run(Rule, text));

        Assert.Equal("IRay", Flagged(text, finding));
    }

    [Fact]
    public void A_word_of_a_longer_capitalized_name_keeps_its_spelling() =>
        Assert.Empty(Run(
            "extends: variants\nmessage: \"'%s' is written '%s' %s.\"\nvocabulary: [health care]\n",
            "Members of Lakeside Healthcare Workers United said health care jobs and health care costs rose."));

    [Fact]
    public void A_word_of_a_longer_capitalized_name_is_still_compared_for_its_capitals()
    {
        const string text = "The firm, LinkedIn Learning, grew, and Linkedin Learning hired more. LinkedIn Learning said so.";

        var finding = Assert.Single(Run("extends: variants\nmessage: \"'%s' is written '%s' %s.\"\n", text));

        Assert.Equal("Linkedin", Flagged(text, finding));
    }
}
