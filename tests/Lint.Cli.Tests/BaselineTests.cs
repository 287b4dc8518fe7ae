using System.Text.Json.Nodes;
using Snapshooter.Xunit;

namespace Lint.Cli.Tests;

/// <summary><c>lint baseline</c> records today's findings; <c>lint check --baseline</c> then reports only new ones, wherever old lines moved.</summary>
public class BaselineTests
{
    private static readonly string Rules = Path.Combine(RepositoryRoot.Path, "tests", "Lint.Cli.Tests", "Fixtures", "rules");

    private static LintProcess.Result Lint(TempFolder folder, params string[] args) =>
        LintProcess.RunIn(folder.Path, null, [.. args, "--no-default-rules", "--rules", Rules]);

    [Fact]
    public void A_baseline_round_trip_reports_only_the_new_finding()
    {
        using var folder = new TempFolder();
        var story = File.ReadAllText(Path.Combine(Rules, "..", "baseline", "story.md"));
        folder.Write("story.md", story);

        var recorded = Lint(folder, "baseline", ".", "--output", "lint-baseline.sarif");
        folder.Write("story.md", "A new first line was added above.\n\n" + story + "\nThe crane is filing critical gaps too.\n");
        var text = Lint(folder, "check", ".", "--baseline", "lint-baseline.sarif", "--fail-level", "warning");
        var sarif = JsonNode.Parse(Lint(folder, "check", ".", "--baseline", "lint-baseline.sarif", "--format", "sarif").Stdout)!;

        Assert.Equal(0, recorded.ExitCode);
        Assert.Equal("Recorded 2 findings in 1 article to lint-baseline.sarif.\n", recorded.Stderr);
        Assert.Equal(1, text.ExitCode);
        var states = sarif["runs"]![0]!["results"]!.AsArray()
            .Select(r => $"{r!["ruleId"]} line {r["locations"]![0]!["physicalLocation"]!["region"]!["startLine"]}: {r["baselineState"]}")
            .ToArray();
        Snapshot.Match(new { text = text.Stdout.Split('\n'), states });
    }

    [Fact]
    public void Baselined_findings_do_not_fail_the_run()
    {
        using var folder = new TempFolder();
        folder.Write("story.md", "Materials are filing critical gaps.\n");

        Lint(folder, "baseline", ".");
        var result = Lint(folder, "check", ".", "--baseline", "lint-baseline.sarif", "--fail-level", "suggestion");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("No findings in 1 article.\n", result.Stdout);
    }

    [Fact]
    public void An_unreadable_baseline_is_a_usage_error()
    {
        using var folder = new TempFolder();
        folder.Write("story.md", "Materials are filing critical gaps.\n");
        folder.Write("broken.sarif", "{ not json");

        var result = Lint(folder, "check", ".", "--baseline", "broken.sarif");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("broken.sarif: the baseline could not be read as SARIF", result.Stderr, StringComparison.Ordinal);
    }
}
