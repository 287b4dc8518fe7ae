using Lint.Rules.Loading;

namespace Lint.Rules.Tests.Vale;

/// <summary>Vale's <c>script</c> rules run Tengo programs, which Lint does not: the rule is a located error, and the others still load.</summary>
public class ScriptKindTests
{
    [Fact]
    public void A_script_rule_is_an_error_naming_its_file_and_the_others_load()
    {
        const string Script = "extends: script\nmessage: \"'%s' is long.\"\nscope: paragraph\nscript: |\n  text := import(\"text\")\n  matches := []\n";

        var set = RuleLoader.Load(
        [
            new RuleSource("Styles/House/Long.yml", "House.Long", Script),
            new RuleSource("Styles/House/Hedge.yml", "House.Hedge", "extends: existence\nmessage: m\ntokens: [arguably]\n"),
        ]);

        var error = Assert.Single(set.Errors);
        Assert.Equal(("Styles/House/Long.yml", 1, 10), (error.Path, error.Line, error.Column));
        Assert.StartsWith("'script' rules are not supported", error.Message, StringComparison.Ordinal);
        Assert.Contains("Styles/House/Long.yml", error.Message, StringComparison.Ordinal);
        Assert.Equal(["House.Hedge"], set.Rules.Select(r => r.Definition.Id));
    }
}
