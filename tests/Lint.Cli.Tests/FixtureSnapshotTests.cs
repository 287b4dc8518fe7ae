using System.Text.Json.Nodes;
using Snapshooter.Xunit;

namespace Lint.Cli.Tests;

/// <summary>
/// Real output of <c>lint check</c> over the fixtures (tests/Lint.Cli.Tests/Fixtures), which use their own
/// small rule pack (House.Filling, House.Very) through their .lint.yaml, as reviewed snapshots.
/// </summary>
public class FixtureSnapshotTests
{
    private const string Fixtures = "tests/Lint.Cli.Tests/Fixtures";

    [Fact]
    public void Markdown_story_with_front_matter_code_and_links()
    {
        var result = LintProcess.Run("check", $"{Fixtures}/markdown");

        Assert.Equal(string.Empty, result.Stderr);
        Snapshot.Match(result.Stdout.Split('\n'));
    }

    [Fact]
    public void Nothing_in_front_matter_code_link_targets_urls_or_comments_is_flagged()
    {
        var sarif = JsonNode.Parse(LintProcess.Run("check", $"{Fixtures}/markdown", "--format", "sarif").Stdout)!;

        var lines = sarif["runs"]![0]!["results"]!.AsArray()
            .Select(r => (int)r!["locations"]![0]!["physicalLocation"]!["region"]!["startLine"]!)
            .Distinct();

        // 5 heading, 7 paragraph, 21 quote, 23 and 24 list (24: alt text), 28 table; nothing on 1-4, 8-19.
        Assert.Equal([5, 7, 21, 23, 24, 28], lines);
    }

    [Fact]
    public void Html_page_with_entities_script_style_nav_pre_and_code()
    {
        var result = LintProcess.Run("check", $"{Fixtures}/html");

        Assert.Equal(string.Empty, result.Stderr);
        Snapshot.Match(result.Stdout.Split('\n'));
    }

    [Fact]
    public void Nested_configs_with_extends_overrides_severities_and_ignore()
    {
        var result = LintProcess.Run("check", $"{Fixtures}/config");

        Assert.Equal(string.Empty, result.Stderr);
        Assert.Equal(1, result.ExitCode); // opinion/local sets fail-level: warning
        Assert.DoesNotContain("drafts/", result.Stdout, StringComparison.Ordinal);
        Snapshot.Match(result.Stdout.Split('\n'));
    }

    [Fact]
    public void Suppression_comments_hide_findings_from_text()
    {
        var result = LintProcess.Run("check", $"{Fixtures}/suppression");

        Assert.Equal(string.Empty, result.Stderr);
        Snapshot.Match(result.Stdout.Split('\n'));
    }

    [Fact]
    public void Suppression_comments_keep_findings_in_sarif_as_in_source_suppressions()
    {
        var result = LintProcess.Run("check", $"{Fixtures}/suppression", "--format", "sarif");

        var results = JsonNode.Parse(result.Stdout)!["runs"]![0]!["results"]!.AsArray();
        Assert.Equal(7, results.Count(r => r!["suppressions"]?[0]?["kind"]?.GetValue<string>() == "inSource"));
        Snapshot.Match(Newtonsoft.Json.Linq.JToken.Parse(result.Stdout));
    }
}
