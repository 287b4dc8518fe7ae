using System.Text.Json.Nodes;

namespace Lint.Cli.Tests;

/// <summary>Findings of two rules on the same words are reported once, by every format (the step is in Lint.Workspace's ArticleFindings).</summary>
public class OverlappingFindingsTests
{
    private const string Story = "seeds/001_7b33983bd1ffca82.txt";

    [Theory]
    [InlineData("text", Story + ":4:1: warning: This looks like web page furniture", Story + ":4:1: warning: This repeats")]
    [InlineData("github", "line=4,endLine=4,col=1,endColumn=25,title=Newsroom.Boilerplate", "line=4,endLine=4,col=1,endColumn=25,title=Newsroom.RepeatedSentences")]
    public void A_pasted_line_that_is_also_repeated_is_reported_once_as_boilerplate(string format, string kept, string dropped)
    {
        var result = LintProcess.Run("check", Story, "--format", format);

        Assert.Contains(kept, result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(dropped, result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_and_sarif_have_one_finding_on_the_pasted_line_too()
    {
        var json = JsonNode.Parse(LintProcess.Run("check", Story, "--format", "json").Stdout)!["findings"]!.AsArray();
        var sarif = JsonNode.Parse(LintProcess.Run("check", Story, "--format", "sarif").Stdout)!["runs"]![0]!["results"]!.AsArray();

        Assert.Equal(["Newsroom.Boilerplate"], json.Where(f => (int)f!["line"]! == 4).Select(f => (string)f!["rule"]!));
        Assert.Equal(
            ["Newsroom.Boilerplate"],
            sarif.Where(r => (int)r!["locations"]![0]!["physicalLocation"]!["region"]!["startLine"]! == 4).Select(r => (string)r!["ruleId"]!));
    }

    [Fact]
    public void A_space_before_a_colon_in_a_pasted_line_is_not_reported_beside_the_line_itself()
    {
        const string story = "seeds/002_1b3c152a5c093eba.txt";

        var text = LintProcess.Run("check", story, "--format", "text").Stdout;

        Assert.Contains(story + ":53:1: warning: This looks like web page furniture pasted into the story ('News Source : www.ft.com')", text, StringComparison.Ordinal);
        Assert.DoesNotContain(story + ":53:12:", text, StringComparison.Ordinal);
    }
}
