using Lint.Cli.Reporting;
using Lint.Cli.Running;
using Lint.Diagnostics;
using Lint.Rules.Loading;
using Lint.Text;
using Lint.Workspace.Findings;
using Lint.Workspace.Input;

namespace Lint.Cli.Tests.Reporting;

public class GitHubJobSummaryTests
{
    private static readonly DiagnosticDescriptor Rule = new("House.Pipes", "t", "d", Severity.Warning);

    private static ArticleResult Story(string path, int findings)
    {
        var text = new SourceText(string.Concat(Enumerable.Repeat("a | b\n", findings)));
        var diagnostics = Enumerable.Range(0, findings)
            .Select(i => new Diagnostic(Rule, Severity.Warning, new Location(path, new TextSpan(i * 6, 1), text.GetLinePositionSpan(new TextSpan(i * 6, 1))), "Use <b> or | *not* this"))
            .ToList();
        return new ArticleResult(path, text, diagnostics);
    }

    private static LintResult Result(params ArticleResult[] stories) =>
        new(stories, [Rule], Array.Empty<RuleError>(), Array.Empty<InputError>());

    [Fact]
    public void Messages_are_escaped_so_a_table_row_stays_one_row_and_shows_no_html()
    {
        var summary = new GitHubJobSummary().Create(Result(Story("a_story.txt", 1)));

        Assert.Contains("### a\\_story.txt\n", summary, StringComparison.Ordinal);
        Assert.Contains("| 1:1 | warning | House.Pipes | Use \\<b\\> or \\| \\*not\\* this |\n", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void More_than_ten_findings_of_a_level_say_that_annotations_are_cut_and_all_are_listed()
    {
        var few = new GitHubJobSummary().Create(Result(Story("a.txt", 10)));
        var many = new GitHubJobSummary().Create(Result(Story("a.txt", 11)));

        Assert.DoesNotContain("GitHub shows only 10 annotations", few, StringComparison.Ordinal);
        Assert.Contains("GitHub shows only 10 annotations", many, StringComparison.Ordinal);
        Assert.Contains("| House.Pipes | warning | 11 |", many, StringComparison.Ordinal);
        Assert.Equal(11, many.Split('\n').Count(l => l.StartsWith("| ", StringComparison.Ordinal) && l.Contains(":1 |", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_story_that_would_fit_alone_is_counted_when_the_header_leaves_no_room_for_it()
    {
        ArticleResult[] stories = [Story("a.txt", 2), Story("b.txt", 3)];
        var full = new GitHubJobSummary().Create(Result(stories));
        var header = full[..full.IndexOf("### a.txt", StringComparison.Ordinal)];
        var firstSection = full[header.Length..full.IndexOf("### b.txt", StringComparison.Ordinal)];

        // Every section fits in the limit on its own; with the header (only known at the end) the first does not.
        var summary = new GitHubJobSummary(maxBytes: header.Length + firstSection.Length - 1).Create(Result(stories));

        Assert.DoesNotContain("### a.txt", summary, StringComparison.Ordinal);
        Assert.Contains("The findings in 2 more stories (5 findings) are not listed", summary, StringComparison.Ordinal);
        Assert.StartsWith(header, summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Past_the_size_limit_the_remaining_stories_are_counted_not_listed()
    {
        var summary = new GitHubJobSummary(maxBytes: 450).Create(Result(Story("a.txt", 2), Story("b.txt", 3), Story("c.txt", 4)));

        Assert.Contains("### a.txt", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("### b.txt", summary, StringComparison.Ordinal);
        Assert.Contains("The findings in 2 more stories (7 findings) are not listed", summary, StringComparison.Ordinal);
    }
}
