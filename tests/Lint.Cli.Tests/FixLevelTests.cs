using System.Text;

namespace Lint.Cli.Tests;

/// <summary>lint fix applies safe fixes unasked and editorial ones only when asked.</summary>
public class FixLevelTests
{
    private const string Story = "The mayor claimed the the plan would work , she said.\n";

    [Fact]
    public void Safe_fixes_are_applied_and_an_editorial_one_is_left_for_an_editor()
    {
        using var folder = new TempFolder();
        folder.Write("story.txt", Story);

        var result = LintProcess.RunIn(folder.Path, null, "fix", "story.txt");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("The mayor claimed the plan would work, she said.\n", Encoding.UTF8.GetString(folder.Read("story.txt")));
        Assert.Contains("1 finding left for an editor", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Editorial_fixes_are_applied_with_include_editorial()
    {
        using var folder = new TempFolder();
        folder.Write("story.txt", Story);

        LintProcess.RunIn(folder.Path, null, "fix", "story.txt", "--include-editorial");

        Assert.Equal("The mayor said the plan would work, she said.\n", Encoding.UTF8.GetString(folder.Read("story.txt")));
    }

    [Fact]
    public void A_rule_named_with_rule_is_fixed_whatever_its_level()
    {
        using var folder = new TempFolder();
        folder.Write("story.txt", Story);

        LintProcess.RunIn(folder.Path, null, "fix", "story.txt", "--rule", "Newsroom.LoadedVerbs");

        Assert.Equal("The mayor said the the plan would work , she said.\n", Encoding.UTF8.GetString(folder.Read("story.txt")));
    }

    [Fact]
    public void Min_level_leaves_the_fixes_of_less_severe_findings_alone()
    {
        using var folder = new TempFolder();
        folder.Write("story.txt", "The the plan works , she said.\n");

        var result = LintProcess.RunIn(folder.Path, null, "fix", "story.txt", "--min-level", "error");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("The plan works , she said.\n", Encoding.UTF8.GetString(folder.Read("story.txt")));
    }

    [Fact]
    public void Explain_says_whether_a_rules_fix_is_safe()
    {
        Assert.Contains("Fix: safe", LintProcess.Run("explain", "Newsroom.RepeatedWords").Stdout, StringComparison.Ordinal);
        Assert.Contains("Fix: editorial", LintProcess.Run("explain", "Newsroom.LoadedVerbs").Stdout, StringComparison.Ordinal);
    }
}
