using Lint.Rules.Loading;

namespace Lint.Rules.Tests.Vale;

/// <summary>
/// Vale's <c>capitalization</c> on headings: <c>$title</c> in AP and Chicago style, <c>$sentence</c> with
/// exceptions and indicators, <c>$lower</c>, <c>$upper</c>, a regex, <c>threshold</c> and <c>prefix</c>; a
/// finding covers the heading and its <c>%s</c> is the heading's text.
/// </summary>
public class CapitalizationKindTests
{
    private static string Rule(string match, string more = "") =>
        $"extends: capitalization\nmessage: \"'%s' should be in the house case.\"\nlevel: warning\nscope: heading\nmatch: {match}\n{more}";

    [Theory]
    [InlineData("$title", "The Quick Brown Fox Jumps Over the Lazy Dog", true)]
    [InlineData("$title", "The quick brown fox jumps over the lazy dog", false)]
    [InlineData("$title", "Council Votes on the Budget for a New Bridge", true)]
    [InlineData("$sentence", "The quick brown fox jumps over the lazy dog", true)]
    [InlineData("$sentence", "The Quick Brown Fox Jumps Over The Lazy Dog", false)]
    [InlineData("$sentence", "the quick brown fox jumps over the lazy dog", false)]
    [InlineData("$lower", "the quick brown fox jumps over the lazy dog", true)]
    [InlineData("$upper", "THE QUICK BROWN FOX JUMPS OVER THE LAZY DOG", true)]
    [InlineData("$upper", "THE QUICK BROWN FOX JUMPS OVER THE LAZY Dog", false)]
    public void A_heading_is_checked_against_the_case_Vale_defines(string match, string heading, bool right)
    {
        var text = heading + "\n\nThe story starts here, in a paragraph.";

        var found = KindTester.Run(Rule(match), text);

        Assert.Equal(right ? [] : [heading], found.Select(d => KindTester.Flagged(text, d)));
    }

    [Fact]
    public void The_message_carries_the_heading()
    {
        var finding = Assert.Single(KindTester.Run(Rule("$sentence"), "Council Votes On Budget\n\nThe story."));

        Assert.Equal("'Council Votes On Budget' should be in the house case.", finding.Message);
    }

    [Fact]
    public void Chicago_lowercases_a_long_preposition_that_AP_capitalizes()
    {
        const string Heading = "A Walk through the Park";

        Assert.Empty(KindTester.Run(Rule("$title", "style: Chicago\nthreshold: 0.99\n"), Heading + "\n\nText."));
        Assert.Single(KindTester.Run(Rule("$title", "style: AP\nthreshold: 0.99\n"), Heading + "\n\nText."));
    }

    [Fact]
    public void Exceptions_keep_brand_names_right_in_sentence_case()
    {
        const string Heading = "Deploying to Kubernetes with Visual Studio Code";

        Assert.Single(KindTester.Run(Rule("$sentence"), Heading + "\n\nText."));
        Assert.Empty(KindTester.Run(Rule("$sentence", "exceptions:\n  - Kubernetes\n  - Visual Studio Code\n"), Heading + "\n\nText."));
    }

    [Fact]
    public void A_word_after_an_indicator_is_not_checked()
    {
        const string Heading = "Update: New rules for the desk";

        Assert.Single(KindTester.Run(Rule("$sentence", "threshold: 0.9\n"), Heading + "\n\nText."));
        Assert.Empty(KindTester.Run(Rule("$sentence", "threshold: 0.9\nindicators:\n  - ':'\n"), Heading + "\n\nText."));
    }

    [Fact]
    public void A_prefix_is_left_out_and_a_regex_match_is_a_pattern_the_text_contains()
    {
        Assert.Empty(KindTester.Run(Rule("$lower", "prefix: 'Q&A'\n"), "Q&A how the count works\n\nText."));
        Assert.Empty(KindTester.Run(Rule("'^[A-Z]'"), "Election night\n\nText."));
        Assert.Single(KindTester.Run(Rule("'^[A-Z]'"), "election night\n\nText."));
    }

    [Theory]
    [InlineData("style: APA\n", "'style' must be AP or Chicago, not 'APA'.")]
    [InlineData("threshold: 2\n", "'threshold' must be a number above 0 and at most 1")]
    public void A_bad_key_is_an_error(string more, string message)
    {
        var error = Assert.Single(RuleLoader.Load([new RuleSource("Test/Rule.yml", "Test.Rule", Rule("$title", more))]).Errors);

        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }
}
