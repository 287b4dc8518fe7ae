using System.Text.Json.Nodes;

namespace Lint.Cli.Tests.Reporting;

/// <summary><c>--format html</c>: one self-contained page holding every article and the findings the JSON format has.</summary>
public class HtmlReportTests
{
    private const string Story = "The mayor said the the plan was filing gaps. </script><b>not markup</b>\n";

    [Fact]
    public void The_report_is_one_page_with_no_outside_files_and_the_findings_of_the_json_format()
    {
        using var folder = new TempFolder();
        folder.Write("story.txt", Story);

        var html = LintProcess.RunIn(folder.Path, null, "check", "story.txt", "--format", "html").Stdout;
        var json = JsonNode.Parse(LintProcess.RunIn(folder.Path, null, "check", "story.txt", "--format", "json").Stdout)!;

        Assert.StartsWith("<!doctype html>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" src=", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" href=", html, StringComparison.Ordinal);
        Assert.Equal(3, html.Split("</script>").Length - 1); // the story's own "</script>" is escaped inside the data
        var data = JsonNode.Parse(Between(html, "window.LINT_REPORT = ", ";</script>"))!;
        var article = data["articles"]![0]!;
        Assert.Equal("story.txt", article["path"]!.GetValue<string>());
        Assert.Equal(Story, article["text"]!.GetValue<string>());
        var expected = json["findings"]!.AsArray().Select(f => { var copy = f!.DeepClone().AsObject(); copy.Remove("path"); return copy.ToJsonString(); });
        Assert.Equal(expected, article["findings"]!.AsArray().Select(f => f!.ToJsonString()));
        Assert.NotEmpty(expected);
        Assert.Contains(data["rules"]!.AsArray(), r => r!["id"]!.GetValue<string>() == "Newsroom.RepeatedWords" && r["description"]!.GetValue<string>().Length > 0);
    }

    private static string Between(string text, string start, string end)
    {
        var from = text.IndexOf(start, StringComparison.Ordinal) + start.Length;
        return text[from..text.IndexOf(end, from, StringComparison.Ordinal)];
    }
}
