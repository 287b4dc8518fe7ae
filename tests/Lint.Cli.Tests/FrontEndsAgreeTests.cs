using System.Text.Json.Nodes;

namespace Lint.Cli.Tests;

/// <summary>
/// The same folder with a <c>.lint.yaml</c> (ignored paths, rules turned off, house rule folders) gives the
/// same findings through <c>check</c>, <c>fix --dry-run</c> and <c>baseline</c>: every command reads the
/// configuration as <c>check</c> does.
/// </summary>
public class FrontEndsAgreeTests
{
    private const string Story = "Chinese materials are filing critical gaps, officials said. The mayor spoke to teh council.\n";

    /// <summary>A house rule: "Teh" becomes "The", with a fix.</summary>
    private const string HouseTypo = "extends: substitution\nmessage: \"Use '%s', not '%s'.\"\nlevel: warning\nswap:\n  teh: the\nexamples:\n  - text: \"[|teh|] end\"\n    fixed: \"the end\"\n  - \"the end\"\n";

    [Fact]
    public void Fix_leaves_alone_an_article_the_config_ignores()
    {
        using var folder = new TempFolder();
        folder.Write(".lint.yaml", "ignore: [\"archive/**\"]\n");
        folder.Write("archive/old.txt", Story);

        var check = LintProcess.RunIn(folder.Path, null, "check", ".");
        var dryRun = LintProcess.RunIn(folder.Path, null, "fix", ".", "--dry-run", "--include-editorial");
        var fix = LintProcess.RunIn(folder.Path, null, "fix", ".", "--include-editorial");

        Assert.Contains("in 0 articles", check.Stdout, StringComparison.Ordinal);
        Assert.Equal(string.Empty, dryRun.Stdout);
        Assert.Equal(Story, System.Text.Encoding.UTF8.GetString(folder.Read("archive/old.txt")));
        Assert.Equal(0, fix.ExitCode);
    }

    [Fact]
    public void Fix_does_not_apply_the_fixes_of_rules_the_config_turns_off()
    {
        using var folder = new TempFolder();
        folder.Write(".lint.yaml", "disable: [Newsroom.ContextTypos]\n");
        folder.Write("story.txt", Story);

        var check = LintProcess.RunIn(folder.Path, null, "check", ".");
        var dryRun = LintProcess.RunIn(folder.Path, null, "fix", ".", "--dry-run", "--include-editorial");

        Assert.DoesNotContain("Newsroom.ContextTypos", check.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("filling", dryRun.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Fix_applies_the_house_rules_of_the_config_and_rule_may_name_them()
    {
        using var folder = new TempFolder();
        folder.Write(".lint.yaml", "rules: [house-rules]\n");
        folder.Write("house-rules/House/Typo.yml", HouseTypo);
        folder.Write("story.txt", Story);

        var check = LintProcess.RunIn(folder.Path, null, "check", ".");
        var all = LintProcess.RunIn(folder.Path, null, "fix", ".", "--dry-run", "--include-editorial");
        var named = LintProcess.RunIn(folder.Path, null, "fix", ".", "--dry-run", "--rule", "House.Typo");

        Assert.Contains("House.Typo", check.Stdout, StringComparison.Ordinal);
        Assert.Contains("+Chinese materials are filling critical gaps, officials said. The mayor spoke to the council.", all.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, named.ExitCode);
        Assert.Contains("+Chinese materials are filing critical gaps, officials said. The mayor spoke to the council.", named.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_fix_and_baseline_find_the_same_findings_under_one_config()
    {
        using var folder = new TempFolder();
        folder.Write(".lint.yaml", "rules: [house-rules]\ndisable: [Newsroom.AnonymousSource]\nignore: [\"archive/**\"]\noverrides:\n  - files: \"opinion/**\"\n    disable: [House]\n");
        folder.Write("house-rules/House/Typo.yml", HouseTypo);
        folder.Write("story.txt", Story);
        folder.Write("opinion/column.txt", Story);
        folder.Write("archive/old.txt", Story);

        var check = JsonNode.Parse(LintProcess.RunIn(folder.Path, null, "check", ".", "--format", "json").Stdout)!["findings"]!.AsArray();
        LintProcess.RunIn(folder.Path, null, "baseline", ".", "--output", "base.sarif");
        var baseline = JsonNode.Parse(folder.Read("base.sarif"))!["runs"]![0]!["results"]!.AsArray();
        var dryRun = LintProcess.RunIn(folder.Path, null, "fix", ".", "--dry-run", "--include-editorial");

        var found = check.Select(f => $"{f!["path"]} {f["rule"]}").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["opinion/column.txt Newsroom.ContextTypos", "story.txt House.Typo", "story.txt Newsroom.ContextTypos"], found);
        Assert.Equal(found, baseline.Select(r => $"{r!["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]} {r["ruleId"]}").Order(StringComparer.Ordinal));
        Assert.Contains("+Chinese materials are filling critical gaps, officials said. The mayor spoke to the council.", dryRun.Stdout, StringComparison.Ordinal);
        Assert.Contains("+Chinese materials are filling critical gaps, officials said. The mayor spoke to teh council.", dryRun.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("archive/old.txt", dryRun.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("baseline")]
    public void An_unknown_option_is_a_usage_error_not_a_path(string command)
    {
        using var folder = new TempFolder();
        folder.Write("story.txt", Story);

        var result = LintProcess.RunIn(folder.Path, null, command, "story.txt", "--rule", "X");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'--rule'", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("No such file", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_lists_the_house_rules_the_config_names()
    {
        using var folder = new TempFolder();
        folder.Write(".lint.yaml", "rules: [house-rules]\n");
        folder.Write("house-rules/House/Typo.yml", HouseTypo);

        var result = LintProcess.RunIn(folder.Path, null, "rules");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("House.Typo", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Newsroom.ContextTypos", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Test_runs_the_examples_of_the_house_rules_the_config_names()
    {
        using var folder = new TempFolder();
        folder.Write(".lint.yaml", "rules: [house-rules]\ndefault-rules: false\n");
        folder.Write("house-rules/House/Typo.yml", HouseTypo);

        var result = LintProcess.RunIn(folder.Path, null, "test");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("2 examples in 1 rule: 0 failures.", result.Stdout, StringComparison.Ordinal);
    }
}
