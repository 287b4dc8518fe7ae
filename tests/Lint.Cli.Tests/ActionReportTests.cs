using System.Text.Json.Nodes;

namespace Lint.Cli.Tests;

/// <summary>What the GitHub Action relies on: one run for annotations and SARIF, and errors that never pass silently.</summary>
public class ActionReportTests
{
    [Fact]
    public void One_run_writes_the_annotations_and_the_same_SARIF_as_a_sarif_run()
    {
        using var folder = new TempFolder();
        var sarif = Path.Combine(folder.Path, "lint.sarif");

        var github = LintProcess.Run("check", "seeds", "--format", "github", "--sarif", sarif);
        var alone = LintProcess.Run("check", "seeds", "--format", "sarif");

        Assert.Equal(LintProcess.Run("check", "seeds", "--format", "github").Stdout, github.Stdout);
        Assert.Equal(alone.Stdout, File.ReadAllText(sarif));
        Assert.Equal(alone.ExitCode, github.ExitCode);
    }

    [Fact]
    public void A_broken_house_rule_is_an_error_annotation_at_its_line_a_SARIF_notification_and_exit_code_2()
    {
        using var folder = new TempFolder();
        folder.Write("house/House/Broken.yml", "extends: existence\nmessage: m\ntokens:\n  - '(unclosed'\n");
        folder.Write("story.txt", "A clean story.\n");

        var result = LintProcess.RunIn(folder.Path, null, "check", ".", "--rules", "house", "--format", "github", "--sarif", "lint.sarif");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("::error file=house/House/Broken.yml,line=4,col=", result.Stdout, StringComparison.Ordinal);
        var notification = JsonNode.Parse(folder.Read("lint.sarif"))!["runs"]![0]!["invocations"]![0]!["toolConfigurationNotifications"]![0]!;
        Assert.Equal("house/House/Broken.yml", (string)notification["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]!);
        Assert.Equal(4, (int)notification["locations"]![0]!["physicalLocation"]!["region"]!["startLine"]!);
    }

    [Fact]
    public void A_broken_lint_yaml_still_writes_a_SARIF_with_the_error_and_annotates_it()
    {
        using var folder = new TempFolder();
        folder.Write(".lint.yaml", "fail-level: sometimes\n");
        folder.Write("story.txt", "A clean story.\n");

        var result = LintProcess.RunIn(folder.Path, null, "check", ".", "--format", "github", "--sarif", "lint.sarif");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("::error file=.lint.yaml,line=1,col=13,title=Lint configuration::'fail-level' must be", result.Stdout, StringComparison.Ordinal);
        Assert.EndsWith("Nothing was linted.\n", result.Stdout, StringComparison.Ordinal);
        var run = JsonNode.Parse(folder.Read("lint.sarif"))!["runs"]![0]!;
        Assert.False((bool)run["invocations"]![0]!["executionSuccessful"]!);
        Assert.Equal(".lint.yaml", (string)run["invocations"]![0]!["toolConfigurationNotifications"]![0]!["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]!);
        Assert.Empty(run["results"]!.AsArray());
    }

    [Fact]
    public void A_broken_lint_yaml_in_sarif_format_writes_the_SARIF_to_the_output_file()
    {
        using var folder = new TempFolder();
        folder.Write(".lint.yaml", "disable: [No.SuchRule]\n");
        folder.Write("story.txt", "A clean story.\n");

        var result = LintProcess.RunIn(folder.Path, null, "check", ".", "--format", "sarif", "--output", "lint.sarif");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("No.SuchRule", (string)JsonNode.Parse(folder.Read("lint.sarif"))!["runs"]![0]!["invocations"]![0]!["toolConfigurationNotifications"]![0]!["message"]!["text"]!, StringComparison.Ordinal);
    }
}
