using Lint.Rules.Loading;

namespace Lint.Rules.Tests.Loading;

/// <summary>Hostile or broken rule files end in one located error naming the limit, and the other rules still load.</summary>
public class RuleLimitsTests
{
    private const string Good = "extends: existence\nmessage: m\ntokens: [fine]\n";

    private static (RuleError Error, RuleSet Set) Load(string yaml, RuleLimits? limits = null)
    {
        var set = RuleLoader.Load([new RuleSource("rules/Test/Bad.yml", "Test.Bad", yaml), new RuleSource("rules/Test/Good.yml", "Test.Good", Good)], limits);
        Assert.Equal("Test.Good", Assert.Single(set.Rules).Definition.Id);
        Assert.NotEmpty(set.Errors);
        Assert.All(set.Errors, e => Assert.Equal("rules/Test/Bad.yml", e.Path));
        return (set.Errors[0], set);
    }

    [Fact]
    public void Yaml_nested_a_hundred_thousand_deep_is_refused_where_it_passes_the_limit()
    {
        var (error, _) = Load("extends: existence\nmessage: m\ntokens: " + new string('[', 100_000) + "\n");

        Assert.Equal(("rules/Test/Bad.yml", 3, 8 + 64), (error.Path, error.Line, error.Column));
        Assert.Contains("nest more than 64 deep", error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(RuleLimits.MaxYamlDepth), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Block_yaml_nested_past_a_lower_limit_is_refused()
    {
        var (error, _) = Load("extends: existence\nmessage: m\ntokens:\n  - - - deep\n", new RuleLimits { MaxYamlDepth = 2 });

        Assert.Equal((4, 5), (error.Line, error.Column));
    }

    [Fact]
    public void A_regex_with_fifty_thousand_nested_groups_is_refused_at_its_entry_naming_the_limit()
    {
        var (error, _) = Load("extends: existence\nmessage: m\ntokens:\n  - fine\n  - '" + new string('(', 50_000) + "a" + new string(')', 50_000) + "'\n");

        Assert.Equal((5, 5), (error.Line, error.Column));
        Assert.Contains("nests groups 50,000 deep, more than the 100", error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(RuleLimits.MaxPatternNesting), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Groups_inside_a_character_class_or_escaped_do_not_count_as_nesting()
    {
        var set = RuleLoader.Load([new RuleSource("rules/Test/R.yml", "Test.R", "extends: existence\nmessage: m\nnonword: true\ntokens: ['(a[(((]\\(\\()']\n")], new RuleLimits { MaxPatternNesting = 1 });

        Assert.Empty(set.Errors);
    }

    [Fact]
    public void A_pattern_past_the_length_limit_is_refused()
    {
        var (error, _) = Load("extends: existence\nmessage: m\ntokens: [" + new string('a', 101) + "]\n", new RuleLimits { MaxPatternLength = 100 });

        Assert.Equal((3, 10), (error.Line, error.Column));
        Assert.Contains("101 characters long, more than the 100", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_file_past_the_size_limit_is_refused_before_it_is_parsed()
    {
        var (error, _) = Load("extends: existence\nmessage: m\ntokens:\n" + string.Concat(Enumerable.Repeat("  - word\n", 200)), new RuleLimits { MaxFileLength = 1000 });

        Assert.Equal((1, 1), (error.Line, error.Column));
        Assert.Contains("more than the 1,000 a rule file may have", error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(RuleLimits.MaxFileLength), error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tokens: [~]\n", 3, 10, "An entry of 'tokens' has no value")]
    [InlineData("tokens: [fine, null]\n", 3, 16, "An entry of 'tokens' has no value")]
    [InlineData("tokens:\n  - fine\n  - ~\n", 5, 5, "a plain '~' is YAML for nothing")]
    [InlineData("tokens: ~\n", 3, 9, "'tokens' has no value")]
    public void A_yaml_null_where_a_word_is_expected_is_refused(string tokens, int line, int column, string message)
    {
        var (error, _) = Load("extends: existence\nmessage: m\n" + tokens);

        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quoted_tilde_is_a_word()
    {
        var set = RuleLoader.Load([new RuleSource("rules/Test/R.yml", "Test.R", "extends: existence\nmessage: m\nnonword: true\ntokens: ['~']\n")]);

        Assert.Empty(set.Errors);
    }

    [Theory]
    [InlineData("? [a, b]\n: c\n", 4, 3)]
    [InlineData("swap:\n  ? {a: b}\n  : c\n", 5, 5)]
    [InlineData("tokens: [fine]\n? - x\n: y\n", 4, 3)]
    public void A_complex_key_is_refused_where_it_is(string rest, int line, int column)
    {
        var (error, _) = Load("extends: existence\nmessage: m\n" + (rest.StartsWith("tokens", StringComparison.Ordinal) ? string.Empty : "tokens: [fine]\n") + rest);

        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Contains("A key must be a single value", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("extends: existence\nmessage: m\ntokens:\n\t- a\n", 4, 1)]
    [InlineData("extends: existence\nmessage: m\ntokens:\n  - a\n\t- b\n", 5, 1)]
    [InlineData("extends: substitution\nmessage: m\nswap:\n  a: b\n  \tc: d\n", 5, 3)]
    public void A_tab_in_the_indentation_is_reported_where_the_tab_is(string yaml, int line, int column)
    {
        var (error, _) = Load(yaml);

        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Contains("A tab indents this line", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Aliases_cannot_multiply_the_walk_of_a_rule_file()
    {
        var yaml = "extends: existence\nmessage: m\ntokens: [fine]\nx0: &a0 [w, w]\n"
            + string.Concat(Enumerable.Range(1, 40).Select(i => $"x{i}: &a{i} [*a{i - 1}, *a{i - 1}]\n"));

        var (error, set) = Load(yaml);

        Assert.Contains("Unknown key 'x0'", error.Message, StringComparison.Ordinal);
        Assert.Equal(41, set.Errors.Count);
    }
}
