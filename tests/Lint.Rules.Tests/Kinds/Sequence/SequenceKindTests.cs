using Lint.Fixes;
using Lint.Text;
using static Lint.Rules.Tests.KindTester;

namespace Lint.Rules.Tests.Kinds.Sequence;

public class SequenceKindTests
{
    private const string Header = "extends: sequence\nmessage: \"Found '%s' (%s).\"\nignorecase: true\n";

    [Fact]
    public void A_word_then_a_tag_is_found_and_the_reported_token_is_swapped()
    {
        const string rule = Header + "tokens:\n  - word: less\n    report: true\n    swap: fewer\n  - tag: NNS\n";
        const string text = "Less voters came, and less money was raised.";

        var finding = Assert.Single(Run(rule, text));

        Assert.Equal("Less", Flagged(text, finding));
        Assert.Equal("Found 'Less' (Fewer).", finding.Message);
        Assert.StartsWith("Fewer voters came", FixApplier.Apply(new SourceText(text), [finding]).Content, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sentence_changed_between_re_lints_gives_its_new_findings_and_a_moved_one_its_old_ones()
    {
        const string rule = Header + "tokens:\n  - word: could\n  - word: of\n";
        // An editor's re-lints of one story: the sentence comes back, moves, changes, and changes back.
        string[] versions =
        [
            "They could of won. It rained.", "They could of won. It rained.", "Late news. They could of won. It rained.",
            "Late news. They could have won. It rained.", "They could have won. It could of rained.", "They could of won. It rained.",
        ];

        var found = Relint(rule, versions);

        Assert.Equal(versions.Select(v => v.Contains("could of", StringComparison.Ordinal) ? 1 : 0), found.Select(f => f.Count));
    }

    [Fact]
    public void Without_report_the_finding_covers_the_whole_match()
    {
        const string rule = Header + "tokens:\n  - word: could\n  - word: of\n";
        const string text = "They could of won.";

        Assert.Equal("could of", Flagged(text, Assert.Single(Run(rule, text))));
    }

    [Theory]
    [InlineData("The number of new cases have risen.", true)]
    [InlineData("The number of cases in the three northern counties have risen.", false)]
    [InlineData("The number of people who have left is small.", false)]
    public void Skip_allows_a_gap_of_tokens_that_pass_the_gap_test(string text, bool flagged)
    {
        const string rule = Header + "tokens:\n  - word: number\n  - word: of\n    skip: 4\n    gap: {not: {word: [who, that]}}\n  - word: have\n    report: true\n";

        Assert.Equal(flagged, Run(rule, text).Count == 1);
    }

    [Theory]
    [InlineData("Each driver have a key.", true)]
    [InlineData("They each driver have a key.", false)]
    [InlineData("Outside, each driver have a key.", true)]
    public void A_negated_first_token_also_matches_the_start_of_the_sentence_or_a_clause(string text, bool flagged)
    {
        const string rule = Header + "tokens:\n  - tag: PRP\n    negate: true\n  - word: each\n  - tag: NN\n  - word: have\n";

        Assert.Equal(flagged, Run(rule, text).Count == 1);
    }

    [Theory]
    [InlineData("The mayor along with aides left.", 1, 0)]
    [InlineData("The mayor, along with aides, left.", 0, 1)]
    [InlineData("The mayor; along with aides, left.", 0, 0)]
    public void Punctuation_between_tokens_stops_a_match_unless_before_allows_it(string text, int strictFindings, int commaFindings)
    {
        const string strict = Header + "tokens:\n  - word: mayor\n  - word: along\n";
        const string comma = Header + "tokens:\n  - word: mayor\n  - word: along\n    before: ','\n";

        Assert.Equal(strictFindings, Run(strict, text).Count);
        Assert.Equal(commaFindings, Run(comma, text).Count);
    }

    [Fact]
    public void Lemma_matches_any_inflection_and_not_excludes_a_nested_test()
    {
        const string rule = Header + "tokens:\n  - lemma: go\n    not: {word: going}\n    report: true\n";
        const string text = "She went there, is going there and goes there.";

        var found = Run(rule, text).Select(d => Flagged(text, d)).ToList();

        Assert.Equal(["went", "goes"], found);
    }

    [Fact]
    public void Name_role_and_start_test_what_the_lexicon_knows()
    {
        const string rule = Header + "tokens:\n  - name: day\n    start: true\n  - role: true\n";
        const string text = "Monday nurses met. On Monday nurses met.";

        var finding = Assert.Single(Run(rule, text));

        Assert.Equal("Monday nurses", Flagged(text, finding));
        Assert.Equal(0, finding.Location.Span.Start);
    }

    [Fact]
    public void Common_tells_ordinary_words_from_names_and_unknown_words()
    {
        const string rule = Header + "tokens:\n  - word: met\n  - common: false\n    report: true\n";
        const string text = "They met nurses. They met gonzalez. They met zqxwv.";

        var found = Run(rule, text).Select(d => Flagged(text, d)).ToList();

        Assert.Equal(["gonzalez", "zqxwv"], found);
    }

    [Fact]
    public void Quotes_skip_leaves_direct_quotations_alone()
    {
        const string rule = Header + "quotes: skip\ntokens:\n  - word: could\n  - word: of\n";

        Assert.Empty(Run(rule, "He said, “We could of won.”"));
        Assert.Single(Run(rule, "We could of won, he said."));
    }
}
