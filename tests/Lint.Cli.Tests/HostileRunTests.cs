using Mono.Unix.Native;

namespace Lint.Cli.Tests;

/// <summary>Command-line runs that once hung, went on silently or wrote where they should not (issue 16).</summary>
public class HostileRunTests
{
    [Fact]
    public void A_missing_rules_folder_is_a_usage_error_and_nothing_is_linted()
    {
        using var folder = new TempFolder();
        folder.Write("story.txt", "The council met on Tuesday.\n");

        var result = LintProcess.RunIn(folder.Path, null, "check", "story.txt", "--rules", "missing-folder");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("missing-folder: no such rules folder.", result.Stderr, StringComparison.Ordinal);
        Assert.Empty(result.Stdout);
    }

    [Fact]
    public void A_named_pipe_among_the_articles_is_refused_and_the_others_are_linted()
    {
        using var folder = new TempFolder();
        folder.Write("stories/a.txt", "Chinese materials are filing critical gaps.\n");
        Assert.Equal(0, Syscall.mkfifo(Path.Combine(folder.Path, "stories", "b.txt"), FilePermissions.DEFFILEMODE));

        var result = LintProcess.RunIn(folder.Path, null, "check", "stories", "--format", "json");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error: stories/b.txt: is a named pipe (FIFO), not a file; skipped.", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("stories/a.txt", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_with_an_escape_and_a_newline_is_shown_escaped()
    {
        using var folder = new TempFolder();
        folder.Write("evil\u001b[31m\nred.txt", "Chinese materials are filing critical gaps.\n");

        var result = LintProcess.RunIn(folder.Path, null, "check", ".", "--color", "never");

        Assert.Contains(@"evil\e[31m\nred.txt:1:", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', result.Stdout);
    }

    [Fact]
    public void The_report_goes_through_a_fresh_temporary_file_never_through_a_link_planted_beside_it()
    {
        using var folder = new TempFolder();
        folder.Write("story.txt", "The council met on Tuesday.\n");
        var victim = folder.Write("victim.txt", "someone else's file\n");
        for (var pid = 1; pid < 4; pid++)
        {
            File.CreateSymbolicLink(Path.Combine(folder.Path, $".report.sarif.{pid}.tmp"), victim);
        }

        var result = LintProcess.RunIn(folder.Path, null, "check", "story.txt", "--format", "sarif", "--output", "report.sarif");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("someone else's file\n", File.ReadAllText(victim));
        Assert.StartsWith("{", File.ReadAllText(Path.Combine(folder.Path, "report.sarif")), StringComparison.Ordinal);
        Assert.Equal(3, Directory.GetFiles(folder.Path, ".report.sarif.*.tmp").Length);
    }
}
