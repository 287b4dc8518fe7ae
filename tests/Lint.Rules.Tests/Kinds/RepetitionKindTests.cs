using Lint.Fixes;
using Lint.Text;
using static Lint.Rules.Tests.KindTester;

namespace Lint.Rules.Tests.Kinds;

public class RepetitionKindTests
{
    private const string Rule = "extends: repetition\nmessage: \"'%s' is repeated.\"\nignorecase: true\nalpha: true\nexceptions: [had]\n";

    [Fact]
    public void A_doubled_word_is_flagged_and_the_fix_removes_the_second()
    {
        const string text = "The the officials said so.";

        var finding = Assert.Single(Run(Rule, text));

        Assert.Equal("The the", Flagged(text, finding));
        Assert.Equal("The officials said so.", FixApplier.Apply(new SourceText(text), [finding]).Content);
    }

    [Theory]
    [InlineData("What he had had in mind was unclear.")]
    [InlineData("He paid 20 20-dollar bills.")]
    [InlineData("It was over, over and done.")]
    [InlineData("It was over. Over the years it grew.")]
    public void Allowed_doubles_numbers_and_punctuated_repeats_are_left_alone(string text) =>
        Assert.Empty(Run(Rule, text));

    [Fact]
    public void A_word_doubled_across_a_line_break_is_flagged()
    {
        const string text = "Crews will close the\nthe bridge.";

        var finding = Assert.Single(Run(Rule, text));

        Assert.Equal("the\nthe", Flagged(text, finding));
        Assert.Equal("Crews will close the bridge.", FixApplier.Apply(new SourceText(text), [finding]).Content);
    }

    [Theory]
    [InlineData("She flew to Pago Pago.", 0)]
    [InlineData("She flew to Pago Pago.\n\nThe the end.", 1)]
    [InlineData("He said no no more.", 1)]
    public void With_capitalized_false_a_doubled_name_is_left_alone(string text, int findings) =>
        Assert.Equal(findings, Run(Rule + "capitalized: false\n", text).Count);

    [Fact]
    public void By_default_a_doubled_capitalized_word_is_flagged() =>
        Assert.Single(Run(Rule, "She flew to Pago Pago."));

    [Theory]
    [InlineData("The pool she trained in in college has closed.", 0)]
    [InlineData("The firm that he worked for for years moved.", 0)]
    [InlineData("She said he waited for for a bed.", 1)]
    [InlineData("The money was put in in a trust.", 1)]
    public void A_stranded_preposition_ends_a_clause_that_leaves_out_its_relative_word(string text, int findings) =>
        Assert.Equal(findings, Run(Rule + "stranded: [in, for]\n", text).Count);

    [Fact]
    public void Without_stranded_a_doubled_preposition_after_a_clause_is_flagged() =>
        Assert.Single(Run(Rule, "The pool she trained in in college has closed."));
}
