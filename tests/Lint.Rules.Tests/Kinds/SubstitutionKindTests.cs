using Lint.Fixes;
using Lint.Text;
using static Lint.Rules.Tests.KindTester;

namespace Lint.Rules.Tests.Kinds;

public class SubstitutionKindTests
{
    private const string Filling = "extends: substitution\nmessage: \"Use '%s', not '%s'.\"\nignorecase: true\nswap:\n  'filing(?= critical gaps)': filling\n  time line: timeline\n  'organi[sz]e': arrange|organize\n";

    [Fact]
    public void Context_in_a_lookahead_flags_only_the_wrong_word()
    {
        const string text = "Materials are filing critical gaps. She is filing a lawsuit.";

        var finding = Assert.Single(Run(Filling, text));

        Assert.Equal("filing", Flagged(text, finding));
        Assert.Equal("Use 'filling', not 'filing'.", finding.Message);
        Assert.Equal("Materials are filling critical gaps. She is filing a lawsuit.", FixApplier.Apply(new SourceText(text), [finding]).Content);
    }

    [Fact]
    public void A_capital_at_the_start_is_kept_in_the_fix()
    {
        const string text = "Time line of events.";

        var finding = Assert.Single(Run(Filling, text));

        Assert.Equal("Timeline", finding.Fix!.Edits[0].NewText);
    }

    [Fact]
    public void Several_replacements_are_offered_in_the_message_without_a_fix()
    {
        const string text = "They organise the event.";

        var finding = Assert.Single(Run(Filling, text));

        Assert.Equal("Use 'arrange' or 'organize', not 'organise'.", finding.Message);
        Assert.Null(finding.Fix);
    }
}
