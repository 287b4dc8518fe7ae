using System.Text.Json.Nodes;
using Snapshooter.Xunit;

namespace Lint.Cli.Tests;

/// <summary>
/// The real output of <c>lint check seeds</c> with the default rules, as reviewed snapshots in
/// __snapshots__/. A change in output fails here until the snapshot is reviewed and updated.
/// </summary>
public class SeedsSnapshotTests
{
    [Fact]
    public void Sarif_output_of_the_seeds()
    {
        var result = LintProcess.Run("check", "seeds", "--format", "sarif");

        Assert.Equal(string.Empty, result.Stderr);
        Snapshot.Match(Newtonsoft.Json.Linq.JToken.Parse(result.Stdout));
    }

    [Fact]
    public void Text_output_of_the_seeds()
    {
        var result = LintProcess.Run("check", "seeds");

        Assert.Equal(string.Empty, result.Stderr);
        Snapshot.Match(result.Stdout.Split('\n'));
    }

    [Fact]
    public void Github_output_of_the_seeds()
    {
        var result = LintProcess.Run("check", "seeds", "--format", "github");

        Assert.Equal(string.Empty, result.Stderr);
        Snapshot.Match(result.Stdout.Split('\n'));
    }

    [Fact]
    public void Github_job_summary_of_the_seeds()
    {
        using var folder = new TempFolder();
        var summary = Path.Combine(folder.Path, "step-summary.md");
        File.WriteAllText(summary, "Output of an earlier step");

        var result = LintProcess.RunWith(RepositoryRoot.Path, null, new Dictionary<string, string> { ["GITHUB_STEP_SUMMARY"] = summary }, "check", "seeds", "--format", "github", "--fail-level", "none");

        Assert.Equal((0, string.Empty), (result.ExitCode, result.Stderr));
        Assert.Equal(LintProcess.Run("check", "seeds", "--format", "github").Stdout, result.Stdout);
        var lines = File.ReadAllText(summary).Split('\n');
        Assert.Equal("Output of an earlier step", lines[0]);
        Snapshot.Match(lines[1..]);
    }

    [Fact]
    public void Without_github_step_summary_no_summary_is_written_and_other_formats_never_write_one()
    {
        using var folder = new TempFolder();
        var summary = Path.Combine(folder.Path, "step-summary.md");

        LintProcess.RunWith(RepositoryRoot.Path, null, new Dictionary<string, string> { ["GITHUB_STEP_SUMMARY"] = summary }, "check", "seeds", "--format", "sarif");
        LintProcess.RunWith(RepositoryRoot.Path, null, new Dictionary<string, string> { ["GITHUB_STEP_SUMMARY"] = string.Empty }, "check", "seeds", "--format", "github");

        Assert.False(File.Exists(summary));
    }

    [Fact]
    public void Two_runs_write_byte_identical_sarif()
    {
        var first = LintProcess.Run("check", "seeds", "--format", "sarif");
        var second = LintProcess.Run("check", "seeds", "--format", "sarif");

        Assert.Equal(first.StdoutBytes, second.StdoutBytes);
    }

    [Fact]
    public void Filing_critical_gaps_is_found_in_both_seeds_that_have_it_and_iray_where_it_disagrees()
    {
        var sarif = JsonNode.Parse(LintProcess.Run("check", "seeds", "--format", "sarif").Stdout)!;
        var results = sarif["runs"]![0]!["results"]!.AsArray();

        string[] Files(string rule, string snippet) => results
            .Where(r => (string?)r!["ruleId"] == rule && (string?)r["locations"]![0]!["physicalLocation"]!["region"]!["snippet"]!["text"] == snippet)
            .Select(r => (string)r!["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]!)
            .ToArray();

        Assert.Equal(["seeds/000_dffde5fba3ff9e75.txt", "seeds/001_7b33983bd1ffca82.txt"], Files("Newsroom.ContextTypos", "filing"));
        Assert.Equal(["seeds/001_7b33983bd1ffca82.txt", "seeds/003_56d134bd30085541.txt"], Files("Newsroom.NameVariants", "IRay"));
    }
}
