using Lint.Rules.Loading;

namespace Lint.Rules.Tests.Loading;

/// <summary>
/// Vale's common keys load on a rule written for Vale: <c>limit</c> caps the findings per article, <c>action</c>
/// loads whatever it says (with a note when Lint does not use it, never an error), <c>vocab</c> is checked,
/// and existence's <c>append</c> puts <c>raw</c> after the tokens.
/// </summary>
public class ValeKeysTests
{
    /// <summary>A rule as Vale's write-good style writes it.</summary>
    private const string WeaselWords = """
        extends: existence
        message: "'%s' is a weasel word!"
        ignorecase: true
        level: warning
        limit: 2
        vocab: false
        action:
          name: remove
        tokens:
          - really
          - very
          - extremely
        """;

    [Fact]
    public void Limit_keeps_the_first_findings_of_each_article()
    {
        var found = KindTester.Run(WeaselWords, ("a.txt", "It was very, really, extremely and very cold."), ("b.txt", "Very cold."));

        Assert.Equal(["a.txt:very", "a.txt:really", "b.txt:Very"], found.Select(d => $"{d.Location.Path}:{KindTester.Flagged(d.Location.Path == "a.txt" ? "It was very, really, extremely and very cold." : "Very cold.", d)}"));
    }

    [Fact]
    public void Without_a_limit_every_finding_is_reported() =>
        Assert.Equal(4, KindTester.Run(WeaselWords.Replace("limit: 2\n", string.Empty, StringComparison.Ordinal), "It was very, really, extremely and very cold.").Count);

    [Theory]
    [InlineData("limit: 0", 1, "'limit' must be a whole number from 1 to")]
    [InlineData("limit: many", 1, "'limit' must be a whole number from 1 to")]
    [InlineData("vocab: sometimes", 1, "'vocab' must be true or false, not 'sometimes'.")]
    [InlineData("action: remove", 1, "'action' must be a mapping with a 'name'")]
    [InlineData("action:\n  params: [x]", 2, "The action needs a 'name' key.")]
    [InlineData("action:\n  name: remove\n  colour: red", 3, "Unknown key 'colour' in an action. Known keys: name, params.")]
    public void A_malformed_Vale_key_is_an_error_at_its_place(string key, int lineInKey, string message)
    {
        var yaml = $"extends: existence\nmessage: m\ntokens: [a]\n{key}\n";

        var set = RuleLoader.Load([new RuleSource("Test/Rule.yml", "Test.Rule", yaml)]);

        var error = Assert.Single(set.Errors);
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(3 + lineInKey, error.Line);
    }

    [Fact]
    public void An_action_Lint_does_not_carry_out_loads_with_a_note_naming_the_place()
    {
        var yaml = WeaselWords.Replace("name: remove", "name: suggest\n  params: [spellings]", StringComparison.Ordinal);

        var set = RuleLoader.Load([new RuleSource("styles/WriteGood/Weasel.yml", "WriteGood.Weasel", yaml)]);

        Assert.Empty(set.Errors);
        Assert.Single(set.Rules);
        var note = Assert.Single(set.Notes);
        Assert.Equal(("styles/WriteGood/Weasel.yml", 8, 3), (note.Path, note.Line, note.Column));
        Assert.Equal("Vale's 'suggest' action is not used: Lint's existence rules carry out only Vale's 'remove'. The rule loads without it.", note.Message);
    }

    [Fact]
    public void Remove_on_an_existence_rule_gives_a_fix_that_deletes_what_it_flags()
    {
        const string text = "It was very cold.";

        var found = Assert.Single(KindTester.Run(WeaselWords, text));

        var edit = Assert.Single(found.Fix!.Edits);
        Assert.Equal(("very", string.Empty), (text.Substring(edit.Span.Start, edit.Span.Length), edit.NewText));
        Assert.Equal("Delete 'very'", found.Fix.Title);
    }

    [Fact]
    public void Without_an_action_an_existence_rule_offers_no_fix() =>
        Assert.Null(Assert.Single(KindTester.Run(WeaselWords.Replace("action:\n  name: remove\n", string.Empty, StringComparison.Ordinal), "It was very cold.")).Fix);

    [Theory]
    [InlineData("substitution", "swap:\n  utilize: use", "replace")]
    [InlineData("consistency", "either:\n  advisor: adviser", "replace")]
    [InlineData("repetition", "tokens: ['[a-z]+']", "remove")]
    [InlineData("existence", "tokens: [very]", "remove")]
    public void An_action_the_kind_already_carries_out_loads_silently(string kind, string keys, string action)
    {
        var yaml = $"extends: {kind}\nmessage: '%s'\n{keys}\naction:\n  name: {action}\n";

        var set = RuleLoader.Load([new RuleSource("Test/Rule.yml", "Test.Rule", yaml)]);

        Assert.Empty(set.Errors);
        Assert.Empty(set.Notes);
        Assert.Single(set.Rules);
    }

    [Theory]
    [InlineData("edit\n  params: [trim_right, '.']")]
    [InlineData("suggest\n  params: [spellings]")]
    [InlineData("convert")]
    public void Any_other_action_is_never_rejected(string action)
    {
        var yaml = $"extends: substitution\nmessage: '%s'\nswap:\n  utilize: use\naction:\n  name: {action}\n";

        var set = RuleLoader.Load([new RuleSource("Test/Rule.yml", "Test.Rule", yaml)]);

        Assert.Empty(set.Errors);
        Assert.Single(set.Rules);
        Assert.Contains("is not used", Assert.Single(set.Notes).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Append_puts_raw_after_the_tokens_as_Vale_does()
    {
        const string Rule = "extends: existence\nmessage: '%s'\nnonword: true\ntokens: [very]\nraw: ['[ ]+cold']\n";

        Assert.Equal(["very cold"], RuleHarness.Flagged(RuleHarness.Load(Rule + "append: true\n"), "It was very cold, cold very."));
        Assert.Empty(RuleHarness.Flagged(RuleHarness.Load(Rule), "It was very cold, cold very."));
        Assert.Equal([" coldvery"], RuleHarness.Flagged(RuleHarness.Load(Rule), "It was cold, coldvery."));
    }
}
