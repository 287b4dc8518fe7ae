using Lint.Rules.Loading;

namespace Lint.Rules.Tests.Loading;

public class RuleLoaderTests
{
    private static RuleSet Load(string yaml, string path = "rules/Test/Rule.yml") => RuleLoader.Load([new RuleSource(path, "Test.Rule", yaml)]);

    private static RuleError SingleError(string yaml)
    {
        var set = Load(yaml);
        Assert.Empty(set.Rules);
        return Assert.Single(set.Errors);
    }

    [Fact]
    public void A_valid_rule_loads_with_its_header()
    {
        var set = Load("extends: existence\nmessage: \"Avoid '%s'.\"\nlevel: error\ndescription: Words to avoid. Really.\nlink: https://example.org/style\ntokens: [very]\n");

        var rule = Assert.Single(set.Rules);
        Assert.Empty(set.Errors);
        Assert.Equal("Test.Rule", rule.Definition.Id);
        Assert.Equal(Lint.Diagnostics.Severity.Error, rule.Definition.Level);
        Assert.Equal("Words to avoid.", rule.Analyzer.Descriptor.Title);
        Assert.True(rule.Definition.EnabledByDefault);
    }

    [Fact]
    public void A_rule_that_says_enabled_false_loads_shipped_off()
    {
        var rule = Assert.Single(Load("extends: existence\nmessage: m\nenabled: false\ntokens: [very]\n").Rules);

        Assert.False(rule.Definition.EnabledByDefault);
    }

    [Theory]
    [InlineData("extends: substitution\nmessage: m\nswap:\n  claimed: said\n", FixLevel.Editorial)]
    [InlineData("extends: substitution\nmessage: m\nfixlevel: safe\nswap:\n  teh: the\n", FixLevel.Safe)]
    [InlineData("extends: repetition\nmessage: m\n", FixLevel.Safe)]
    [InlineData("extends: repetition\nmessage: m\nfixlevel: editorial\n", FixLevel.Editorial)]
    [InlineData("extends: consistency\nmessage: m\nfix: false\neither:\n  a: b\n", FixLevel.Editorial)]
    public void A_rules_fix_is_safe_or_editorial_by_its_fixlevel_key_or_else_by_its_kind(string yaml, FixLevel expected)
    {
        var set = Load(yaml);

        Assert.Empty(set.Errors);
        Assert.Equal(expected, Assert.Single(set.Rules).Definition.Fix);
    }

    [Theory]
    [InlineData("extends: existence\nmessage: m\nfixlevel: sure\ntokens: [a]\n", 3, 11, "'fixlevel' must be safe or editorial, not 'sure'")]
    [InlineData("extends: existence\nmessage: m\ntokens: [a]\nswap: x\n", 4, 1, "Unknown key 'swap'")]
    [InlineData("extends: existence\nmessage: m\nlevel: fatal\ntokens: [a]\n", 3, 8, "'level' must be error, warning or suggestion")]
    [InlineData("extends: shouting\nmessage: m\n", 1, 10, "Unknown rule kind 'shouting'")]
    [InlineData("extends: existence\ntokens: [a]\n", 1, 1, "needs a 'message' key")]
    [InlineData("extends: existence\nmessage: m\ntokens:\n  - fine\n  - 'bad(regex'\n", 5, 14, "not a valid regular expression")]
    [InlineData("extends: substitution\nmessage: m\nswap:\n  'a[b': c\n", 4, 6, "not a valid regular expression")]
    [InlineData("extends: existence\nmessage: m\nignorecase: maybe\ntokens: [a]\n", 3, 13, "must be true or false")]
    [InlineData("extends: existence\nmessage: m\nenabled: off\ntokens: [a]\n", 3, 10, "must be true or false")]
    [InlineData("extends: existence\nmessage: m\nscope: footer\ntokens: [a]\n", 3, 8, "Unknown scope 'footer'")]
    [InlineData("extends: existence\nmessage: m\nlink: not a url\ntokens: [a]\n", 3, 7, "'link' must be a full http or https address")]
    [InlineData("extends: existence\nmessage: m\n", 1, 1, "needs 'tokens'")]
    [InlineData("extends: existence\nmessage: m\ntokens: [a]\nexamples:\n  - \"an [|open mark\"\n", 5, 5, "markup is broken")]
    [InlineData("- just\n- a list\n", 1, 1, "must be a mapping")]
    [InlineData("", 1, 1, "The rule file is empty")]
    public void A_bad_rule_is_reported_at_its_line_and_column(string yaml, int line, int column, string message)
    {
        var error = SingleError(yaml);

        Assert.Equal("rules/Test/Rule.yml", error.Path);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal((line, column), (error.Line, error.Column));
    }

    [Fact]
    public void Broken_yaml_is_reported_where_the_parser_stopped()
    {
        var error = SingleError("extends: existence\nmessage: \"unterminated\ntokens: [a]\n");

        Assert.StartsWith("The file is not valid YAML", error.Message, StringComparison.Ordinal);
        Assert.True(error.Line >= 2, $"line {error.Line}");
    }

    [Fact]
    public void An_unterminated_flow_sequence_is_an_error_not_a_crash()
    {
        var error = SingleError("extends: existence\nmessage: m\ntokens: [a, b\n");

        Assert.StartsWith("The file is not valid YAML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_continued_at_the_indent_of_its_key_is_reported_where_the_parser_stopped()
    {
        // Valid to some YAML readers; YamlDotNet's parser gives up with no place of its own.
        var error = SingleError("extends: sequence\nmessage: m\ntokens:\n  - tag: NN\n    not:\n      - word: [rest, majority,\n      kind]\n");

        Assert.StartsWith("The file is not valid YAML", error.Message, StringComparison.Ordinal);
        Assert.Contains("indent its later lines", error.Message, StringComparison.Ordinal);
        Assert.Equal(6, error.Line);
    }

    [Fact]
    public void A_bad_rule_does_not_stop_the_others_from_loading()
    {
        var set = RuleLoader.Load(
        [
            new RuleSource("a.yml", "Test.A", "extends: existence\nmessage: m\ntokens: ['(']\n"),
            new RuleSource("b.yml", "Test.B", "extends: existence\nmessage: m\ntokens: [fine]\n"),
        ]);

        Assert.Equal("Test.B", Assert.Single(set.Rules).Definition.Id);
        Assert.Equal("a.yml", Assert.Single(set.Errors).Path);
    }

    [Fact]
    public void Two_rule_files_with_one_id_keep_the_first_and_report_the_second()
    {
        var yaml = "extends: existence\nmessage: m\ntokens: [a]\n";
        var set = RuleLoader.Load([new RuleSource("one/X/R.yml", "X.R", yaml), new RuleSource("two/X/R.yml", "X.R", yaml)]);

        Assert.Single(set.Rules);
        var error = Assert.Single(set.Errors);
        Assert.Equal("two/X/R.yml", error.Path);
        Assert.Contains("already used by one/X/R.yml", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_error_of_a_file_is_reported_not_just_the_first()
    {
        var set = Load("extends: existence\nmessage: m\nlevel: loud\ncolour: red\ntokens: ['(']\n");

        Assert.Equal([3, 4, 5], set.Errors.Select(e => e.Line).Order());
    }
}
