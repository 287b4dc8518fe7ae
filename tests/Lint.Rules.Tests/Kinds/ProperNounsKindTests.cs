using Lint.Rules.Loading;

namespace Lint.Rules.Tests.Kinds;

public class ProperNounsKindTests
{
    private const string Yaml = """
        extends: propernouns
        message: "'%s' should be '%s'."
        kinds: [day, place]
        titles: [mayor]
        """;

    [Fact]
    public void Only_the_kinds_named_are_checked()
    {
        var found = KindTester.Run(Yaml, "They flew to peru on monday, speaking portuguese.");

        Assert.Equal(["'peru' should be 'Peru'.", "'monday' should be 'Monday'."], found.Select(d => d.Message));
    }

    [Fact]
    public void A_title_is_flagged_only_right_before_a_name()
    {
        var found = KindTester.Run(Yaml, "The meeting was led by mayor Ruiz. The mayor, Ruiz, left; city mayor Ruiz stayed.");

        var finding = Assert.Single(found);
        Assert.Equal(KindTester.Range("The meeting was led by mayor Ruiz.", "mayor"), finding.Location.Span);
    }

    [Fact]
    public void A_sentence_kept_from_a_re_lint_still_asks_whether_the_story_names_the_person()
    {
        const string yaml = "extends: propernouns\nmessage: \"'%s' should be '%s'.\"\nkinds: [person, day]\ntitles: [mayor]\n";
        const string sentence = "Asked about it, mark said he missed it on monday.";

        // An editor's re-lints: the sentence comes back while the story's other paragraph changes (the
        // person it names comes and goes), then the sentence itself changes.
        (string Text, string[] Flagged)[] versions =
        [
            ("Mark Delaney coached for 30 years.\n" + sentence, ["mark", "monday"]),
            ("Mark Delaney coached for 30 years.\n" + sentence, ["mark", "monday"]),
            ("The coach coached for 30 years.\n" + sentence, ["monday"]),
            ("The coach coached for 30 years.\n" + sentence, ["monday"]),
            ("Mark Delaney coached for 30 years.\n" + sentence, ["mark", "monday"]),
            ("Mark Delaney coached for 30 years.\nAsked about it, mark said he missed it on Monday.", ["mark"]),
        ];

        var found = KindTester.Relint(yaml, versions.Select(v => v.Text));

        Assert.Equal(versions.Select(v => v.Flagged), found.Select((f, i) => f.Select(d => KindTester.Flagged(versions[i].Text, d))));
    }

    [Fact]
    public void A_title_with_its_portfolio_before_a_name_is_capitalized_whole_but_for_of()
    {
        const string yaml = "extends: propernouns\nmessage: \"'%s' should be '%s'.\"\nkinds: [place]\ntitles: [minister]\ntitleprefixes: [deputy]\n";

        var found = KindTester.Run(yaml, "It was opened by deputy minister of health Grace Mwale. The minister of health said so.");

        Assert.Equal(["'deputy minister of health' should be 'Deputy Minister of Health'."], found.Select(d => d.Message));
    }

    [Fact]
    public void A_people_or_a_tongue_heading_a_compound_is_a_name_even_when_it_is_also_a_common_word()
    {
        const string yaml = "extends: propernouns\nmessage: \"'%s' should be '%s'.\"\nkinds: [nationality, place]\n";

        var found = KindTester.Run(yaml, "The welsh-speaking pupils and a polish-free finish.");

        Assert.Equal(["'welsh-speaking' should be 'Welsh-speaking'."], found.Select(d => d.Message));
    }

    [Fact]
    public void A_sentence_in_another_language_is_left_alone()
    {
        const string yaml = "extends: propernouns\nmessage: \"'%s' should be '%s'.\"\nkinds: [day, place, person, other]\n";

        var found = KindTester.Run(yaml, "Ar dheis Dé go raibh a hanam dílis. They met in peru on monday.");

        Assert.Equal(["'peru' should be 'Peru'.", "'monday' should be 'Monday'."], found.Select(d => d.Message));
    }

    [Fact]
    public void A_name_whose_first_word_lost_its_capital_is_flagged_whole_but_not_after_a_descriptor()
    {
        const string yaml = "extends: propernouns\nmessage: \"'%s' should be '%s'.\"\nkinds: [place]\ndescriptors: [north]\n";

        var found = KindTester.Run(yaml, "He plays in new Zealand and lives in north Wales, near a new Jersey dairy.");

        Assert.Equal(["'new Zealand' should be 'New Zealand'."], found.Select(d => d.Message));
    }

    [Fact]
    public void A_lower_case_word_between_a_name_and_an_institution_belongs_to_the_name()
    {
        const string yaml = "extends: propernouns\nmessage: \"'%s' should be '%s'.\"\nkinds: [place]\ninstitutions: [School, Council]\n";

        var found = KindTester.Run(yaml, "Pupils at Ridge View primary School met Brent's new Council and Ridge View primary school.");

        Assert.Equal(["'primary' should be 'Primary'."], found.Select(d => d.Message));
    }

    [Fact]
    public void An_unknown_kind_is_a_located_error()
    {
        var set = RuleLoader.Load([new RuleSource("Test/Rule.yml", "Test.Rule", "extends: propernouns\nmessage: x\nkinds: [day, planet]\n")]);

        var error = Assert.Single(set.Errors);
        Assert.Equal(3, error.Line);
        Assert.Contains("'planet' is not a kind of name", error.Message, StringComparison.Ordinal);
    }
}
