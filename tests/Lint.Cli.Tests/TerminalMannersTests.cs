using System.Text.RegularExpressions;

namespace Lint.Cli.Tests;

/// <summary>The text format as people and editors read it: problem matchers, colour, explanations shown once.</summary>
public class TerminalMannersTests
{
    /// <summary>VS Code's built-in <c>$gcc</c> problem matcher, as it ships.</summary>
    private static readonly Regex Gcc = new(@"^(.*?):(\d+):(\d*):?\s+(?:fatal\s+)?(warning|error):\s+(.*)$");

    /// <summary>The matcher the README documents, for suggestions too (and the rule id as the problem's code).</summary>
    private static readonly Regex Documented = new(@"^(.*?):(\d+):(\d+): (error|warning|suggestion): (.*) \[([^\]]+)\]$");

    [Fact]
    public void Every_finding_of_the_seeds_is_read_by_the_documented_matcher_and_warnings_by_VS_Codes_gcc_matcher()
    {
        var result = LintProcess.Run("check", "seeds");

        var headers = result.Stdout.Split('\n').Where(l => l.StartsWith("seeds/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(headers);
        foreach (var header in headers)
        {
            var documented = Documented.Match(header);
            Assert.True(documented.Success, header);
            Assert.StartsWith("Newsroom.", documented.Groups[6].Value, StringComparison.Ordinal);
            if (documented.Groups[4].Value != "suggestion")
            {
                var gcc = Gcc.Match(header);
                Assert.True(gcc.Success, header);
                Assert.Equal((documented.Groups[1].Value, documented.Groups[2].Value, documented.Groups[3].Value), (gcc.Groups[1].Value, gcc.Groups[2].Value, gcc.Groups[3].Value));
            }
        }
    }

    [Fact]
    public void A_long_explanation_is_shown_once_per_rule_not_at_every_finding()
    {
        using var folder = new TempFolder();
        folder.Write("story.txt", "The deal is off, one official said.\n\nAnother person, an aide, said the talks were over.\n");

        var result = LintProcess.RunIn(folder.Path, null, "check", "story.txt");

        Assert.Equal(2, Regex.Count(result.Stdout, @"\[Newsroom\.AnonymousSource\]"));
        Assert.Equal(1, Regex.Count(result.Stdout, "Name the source"));
        Assert.Contains("lint explain Newsroom.AnonymousSource", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Colour_only_when_asked_for_off_a_terminal()
    {
        using var folder = new TempFolder();
        folder.Write("story.txt", "He said said it.\n");

        var piped = LintProcess.RunIn(folder.Path, null, "check", "story.txt");
        var always = LintProcess.RunIn(folder.Path, null, "check", "story.txt", "--color", "always");
        var never = LintProcess.RunIn(folder.Path, null, "check", "story.txt", "--color", "never");

        Assert.DoesNotContain('\u001b', piped.Stdout);
        Assert.Equal(piped.Stdout, never.Stdout);
        Assert.Contains("\u001b[1;31merror:\u001b[0m", always.Stdout, StringComparison.Ordinal);
        Assert.Equal(piped.Stdout, Regex.Replace(always.Stdout, "\u001b\\[[0-9;]*m", string.Empty));
    }

    [Fact]
    public void With_output_to_a_file_the_summary_still_reaches_the_terminal_and_the_file_has_no_colour()
    {
        using var folder = new TempFolder();
        folder.Write("story.txt", "He said said it.\n");

        var result = LintProcess.RunIn(folder.Path, null, "check", "story.txt", "--output", "report.txt", "--color", "always");

        Assert.Equal("1 error in 1 article. Report written to report.txt.\n", result.Stderr);
        Assert.DoesNotContain((byte)0x1b, folder.Read("report.txt"));
    }

    [Fact]
    public void A_redirected_standard_error_gets_no_progress()
    {
        var result = LintProcess.Run("check", "seeds", "--format", "json", "--output", "/dev/null");

        Assert.DoesNotContain('\r', result.Stderr);
    }
}
