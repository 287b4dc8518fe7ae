using Lint.Rules.Loading;

namespace Lint.Rules.Tests.Vale;

/// <summary>
/// Vale's <c>conditional</c>: if <c>first</c> exists, <c>second</c> must too. Its documented use, an acronym
/// used without a definition, with the edge cases the documentation names: a defined acronym is fine, an
/// exception is fine, code is not prose.
/// </summary>
public class ConditionalKindTests
{
    private const string Acronyms = """
        extends: conditional
        message: "'%s' has no definition."
        level: error
        scope: text
        ignorecase: false
        first: '\b([A-Z]{3,5})\b'
        second: '(?:\b[A-Z][a-z]+ )+\(([A-Z]{3,5})\)'
        exceptions:
          - ABC
          - ADD
        """;

    [Fact]
    public void An_acronym_with_no_definition_is_flagged_and_a_defined_one_is_not()
    {
        const string Text = "According to the report, the World Health Organization (WHO) is an agency. We can use WHO now, but not DAFB.";

        var found = KindTester.Run(Acronyms, Text);

        var finding = Assert.Single(found);
        Assert.Equal("DAFB", KindTester.Flagged(Text, finding));
        Assert.Equal("'DAFB' has no definition.", finding.Message);
    }

    [Fact]
    public void A_definition_counts_for_the_blocks_after_it_not_before()
    {
        const string Text = "The NTSB report is out.\n\nThe National Transportation Safety Board (NTSB) wrote it.\n\nThe NTSB says more.";

        var found = KindTester.Run(Acronyms, Text);

        Assert.Equal([Text.IndexOf("NTSB", StringComparison.Ordinal)], found.Select(d => d.Location.Span.Start));
    }

    [Fact]
    public void Exceptions_and_code_are_not_flagged()
    {
        const string Text = "ABC and ADD are fine; so is `DAFB` in code.";

        Assert.Empty(KindTester.RunWithExcluded(Acronyms, Text, KindTester.Range(Text, "`DAFB`")));
    }

    [Fact]
    public void Without_a_group_second_only_has_to_be_in_the_block()
    {
        const string Rule = "extends: conditional\nmessage: \"'%s' needs a source.\"\nfirst: '\\bpercent\\b'\nsecond: '\\baccording to\\b'\n";

        Assert.Empty(KindTester.Run(Rule, "Turnout rose 4 percent, according to the clerk."));
        Assert.Single(KindTester.Run(Rule, "Turnout rose 4 percent."));
    }

    [Fact]
    public void A_rule_needs_both_patterns()
    {
        var error = Assert.Single(RuleLoader.Load([new RuleSource("Test/Rule.yml", "Test.Rule", "extends: conditional\nmessage: m\nfirst: a\n")]).Errors);

        Assert.Equal("The rule needs a 'second' key.", error.Message);
    }
}
