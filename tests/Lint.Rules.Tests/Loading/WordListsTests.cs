using Lint.Rules.Loading;

namespace Lint.Rules.Tests.Loading;

/// <summary>Named word lists: written once in a lists.yml, used by any rule in its folder or below as <c>{{list: name}}</c>.</summary>
public class WordListsTests
{
    private const string Lists = "counted: [people, officials]\ntitles: [Sen, Rep]\n";

    private static RuleSet Load(string lists, string listsPath, string rule, string rulePath = "rules/House/Count.yml") =>
        RuleLoader.Load([new RuleSource(listsPath, "rules.lists", lists), new RuleSource(rulePath, "House.Count", rule)]);

    [Fact]
    public void A_list_stands_for_its_entries_as_alternatives()
    {
        var set = Load(Lists, "rules/lists.yml", "extends: existence\nmessage: '%s'\ntokens: ['\\d {{list: counted}}']\nexamples:\n  - '[|3 people|] and [|2 officials|]'\n  - '3 cats'\n");

        Assert.Empty(set.Errors);
        Assert.Empty(Lint.Rules.Examples.ExampleRunner.Run(Assert.Single(set.Rules)));
    }

    [Fact]
    public void A_list_works_in_the_keys_of_a_swap()
    {
        var set = Load(Lists, "rules/lists.yml", "extends: substitution\nmessage: '%s'\nswap:\n  '{{list: titles}}\\.': Senator\nexamples:\n  - text: 'Ask [|Rep.|] Smith.'\n    fixed: 'Ask Senator Smith.'\n  - 'Ask Gov. Smith.'\n");

        Assert.Empty(set.Errors);
        Assert.Empty(Lint.Rules.Examples.ExampleRunner.Run(Assert.Single(set.Rules)));
    }

    [Fact]
    public void The_nearest_lists_file_wins()
    {
        var set = RuleLoader.Load(
        [
            new RuleSource("rules/lists.yml", "rules.lists", "counted: [people]\n"),
            new RuleSource("rules/House/lists.yml", "House.lists", "counted: [cats]\n"),
            new RuleSource("rules/House/Count.yml", "House.Count", "extends: existence\nmessage: '%s'\ntokens: ['\\d {{list: counted}}']\nexamples:\n  - '[|3 cats|]'\n  - '3 people'\n"),
        ]);

        Assert.Empty(set.Errors);
        Assert.Empty(Lint.Rules.Examples.ExampleRunner.Run(Assert.Single(set.Rules)));
    }

    [Fact]
    public void A_list_in_another_folder_is_not_seen_and_the_error_names_the_place()
    {
        var set = Load(Lists, "other/lists.yml", "extends: existence\nmessage: m\ntokens:\n  - '{{list: counted}}'\n");

        var error = Assert.Single(set.Errors);
        Assert.Equal(("rules/House/Count.yml", 4, 5), (error.Path, error.Line, error.Column));
        Assert.StartsWith("No word list is named 'counted'", error.Message, StringComparison.Ordinal);
        Assert.Empty(set.Rules);
    }

    [Theory]
    [InlineData("counted: people\n", 1, 10, "The list 'counted' must be a list")]
    [InlineData("counted: [people, ~]\n", 1, 19, "Each entry of the list 'counted'")]
    [InlineData("bad name: [a]\n", 1, 1, "A list's name is letters")]
    [InlineData("counted: [a\n", 2, 1, "The file is not valid YAML")]
    public void A_broken_lists_file_is_an_error_at_its_place(string lists, int line, int column, string message)
    {
        var set = Load(lists, "rules/lists.yml", "extends: existence\nmessage: m\ntokens: [fine]\n");

        var error = Assert.Single(set.Errors);
        Assert.Equal(("rules/lists.yml", line, column), (error.Path, error.Line, error.Column));
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
        Assert.Single(set.Rules);
    }

    [Fact]
    public void A_words_item_stands_for_the_entries_of_a_list_each_an_item()
    {
        var set = Load("particles: [van, de]\n", "rules/lists.yml", "extends: sequence\nmessage: '%s'\ntokens:\n  - pattern: '\\p{Ll}+'\n    not: {word: ['{{words: particles}}', le]}\n  - pattern: Berg\nexamples:\n  - 'Said [|ten Berg|].'\n  - 'Said van Berg, de Berg and le Berg.'\n");

        Assert.Empty(set.Errors);
        Assert.Empty(Lint.Rules.Examples.ExampleRunner.Run(Assert.Single(set.Rules)));
    }

    [Fact]
    public void A_words_item_naming_no_list_is_an_error_at_its_place()
    {
        var set = Load(Lists, "rules/lists.yml", "extends: sequence\nmessage: m\ntokens:\n  - word: [a, '{{words: missing}}']\n");

        var error = Assert.Single(set.Errors);
        Assert.Equal(("rules/House/Count.yml", 4, 15), (error.Path, error.Line, error.Column));
        Assert.StartsWith("No word list is named 'missing'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_words_reference_inside_a_pattern_is_an_error_that_says_what_to_write()
    {
        var set = Load(Lists, "rules/lists.yml", "extends: existence\nmessage: m\ntokens: ['\\d {{words: counted}}']\n");

        var error = Assert.Single(set.Errors);
        Assert.Equal(("rules/House/Count.yml", 3, 10), (error.Path, error.Line, error.Column));
        Assert.Contains("inside a pattern write {{list: name}}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reference_in_a_message_is_left_as_written()
    {
        var set = Load(Lists, "rules/lists.yml", "extends: existence\nmessage: 'Not {{list: counted}}'\ntokens: [cats]\n");

        Assert.Equal("Not {{list: counted}}", Assert.Single(set.Rules).Definition.Message);
    }
}
