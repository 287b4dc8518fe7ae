namespace Lint.Cli.Tests;

public class HelpAndExplainTests
{
    [Fact]
    public void Lint_help_shows_optional_arguments_in_brackets_and_repeatable_ones_with_an_ellipsis()
    {
        var result = LintProcess.Run("--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"(?m)^  test \[<rules-dir>\]\s+Run the examples", result.Stdout);
        Assert.Matches(@"(?m)^  init \[<dir>\]\s+Write a commented starter", result.Stdout);
        Assert.Matches(@"(?m)^  check <paths>\.\.\.\s+Lint articles", result.Stdout);
        Assert.Matches(@"(?m)^  explain <rule>\s+Explain a rule", result.Stdout);
    }

    [Fact]
    public void A_commands_own_help_is_still_shown()
    {
        var result = LintProcess.Run("init", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("lint init [<dir>] [options]", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_explain_gives_a_rules_description_message_and_examples_by_id_or_by_name()
    {
        var byId = LintProcess.Run("explain", "Newsroom.AnonymousSource");
        var byName = LintProcess.Run("explain", "anonymoussource");

        Assert.Equal((0, string.Empty), (byId.ExitCode, byId.Stderr));
        Assert.StartsWith("Newsroom.AnonymousSource (warning, anonymity)\n", byId.Stdout, StringComparison.Ordinal);
        Assert.Contains("Name the source, or say why", byId.Stdout, StringComparison.Ordinal);
        Assert.Contains("Flagged: [|A source said|]", byId.Stdout, StringComparison.Ordinal);
        Assert.Equal(byId.Stdout, byName.Stdout);
    }

    [Fact]
    public void Lint_explain_of_an_unknown_rule_is_a_usage_error()
    {
        var result = LintProcess.Run("explain", "Newsroom.NoSuchRule");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no loaded rule is called 'Newsroom.NoSuchRule'", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void One_rule_is_counted_in_the_singular()
    {
        using var folder = new TempFolder();
        folder.Write("house/House/Gaps.yml", "extends: existence\nmessage: m\ntokens: [gaps]\n");

        var result = LintProcess.RunIn(folder.Path, null, "rules", "--rules", "house", "--no-default-rules");

        Assert.EndsWith("\n1 rule loaded.\n", result.Stdout, StringComparison.Ordinal);
    }
}
