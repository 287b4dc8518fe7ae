using System.Text.Json.Nodes;

namespace Lint.Cli.Tests.Running;

/// <summary>An article past a parser's limit is reported with its place and skipped; the others of the run are still linted.</summary>
public class ArticleLimitTests
{
    private const string Typo = "Chinese materials are filing critical gaps, Liu Pengyu said.\n";

    [Fact]
    public void Markdown_and_html_nested_too_deep_are_reported_and_the_other_articles_still_get_their_sarif()
    {
        using var folder = new TempFolder();
        folder.Write("a-quotes.md", "A story.\n\n" + new string('>', 128) + " hi\n");
        folder.Write("b-divs.html", string.Concat(Enumerable.Repeat("<div>", 20_000)) + "x");
        folder.Write("c-emphasis.md", new string('*', 100_000) + Typo.TrimEnd() + new string('*', 100_000) + "\n");
        folder.Write("d-story.txt", Typo);

        var result = LintProcess.RunIn(folder.Path, null, "check", ".", "--format", "sarif", "--output", "out.sarif", "--fail-level", "none");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("a-quotes.md: line 3, column 128: Block quotes, lists or brackets nest more than 127 deep here", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("b-divs.html: line 1, column 2561: Elements nest more than 512 deep here (the HTML nesting limit, MaxHtmlNesting)", result.Stderr, StringComparison.Ordinal);
        var sarif = JsonNode.Parse(File.ReadAllText(Path.Combine(folder.Path, "out.sarif")))!;
        var files = sarif["runs"]![0]!["results"]!.AsArray()
            .Select(r => r!["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]!.GetValue<string>())
            .ToHashSet();
        Assert.Equal(["c-emphasis.md", "d-story.txt"], files.Order());
    }

    [Fact]
    public void Lint_fix_reports_an_article_nested_too_deep_leaves_it_as_it_is_and_fixes_the_others()
    {
        using var folder = new TempFolder();
        var deep = "A story.\n\n" + new string('>', 128) + " filing hi\n";
        folder.Write("deep.md", deep);
        folder.Write("story.txt", "He said it it was late.\n");

        var result = LintProcess.RunIn(folder.Path, null, "fix", "deep.md", "story.txt");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error: deep.md: line 3, column 128: Block quotes, lists or brackets nest more than 127 deep here", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(deep, File.ReadAllText(Path.Combine(folder.Path, "deep.md")));
        Assert.Equal("He said it was late.\n", File.ReadAllText(Path.Combine(folder.Path, "story.txt")));
    }
}
