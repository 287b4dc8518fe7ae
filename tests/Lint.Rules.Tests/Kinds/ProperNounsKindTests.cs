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
    public void An_unknown_kind_is_a_located_error()
    {
        var set = RuleLoader.Load([new RuleSource("Test/Rule.yml", "Test.Rule", "extends: propernouns\nmessage: x\nkinds: [day, planet]\n")]);

        var error = Assert.Single(set.Errors);
        Assert.Equal(3, error.Line);
        Assert.Contains("'planet' is not a kind of name", error.Message, StringComparison.Ordinal);
    }
}
