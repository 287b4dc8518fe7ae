namespace Lint.Cli.Tests;

public class RulesAndTestCommandTests
{
    [Fact]
    public void Lint_test_runs_every_example_of_the_default_pack_and_passes()
    {
        var result = LintProcess.Run("test", "rules");

        Assert.Equal(string.Empty, result.Stderr);
        Assert.Matches(@"^\d+ examples in \d+ rules: 0 failures\.\n$", result.Stdout);
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public void Lint_test_names_the_rule_file_and_line_of_a_failing_example()
    {
        using var folder = new TempFolder();
        folder.Write("House/Gaps.yml", "extends: existence\nmessage: m\ndescription: d\ntokens: [gaps]\nexamples:\n  - \"No [|gaps|] here.\"\n  - \"Some gaps here.\"\n");

        var result = LintProcess.RunIn(folder.Path, null, "test", ".");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("House/Gaps.yml:7: House.Gaps: Unexpected finding on 'gaps'", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_rules_lists_each_rule_with_level_and_kind()
    {
        var result = LintProcess.Run("rules");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"(?m)^Newsroom\.ContextTypos\s+warning\s+substitution\s+Real-word typos", result.Stdout);
    }
}
