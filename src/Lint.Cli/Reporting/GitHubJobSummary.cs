using System.Text;
using Humanizer;
using Lint.Cli.Running;
using Lint.Diagnostics;

namespace Lint.Cli.Reporting;

/// <summary>
/// The Markdown job summary for GitHub Actions (appended to the file named by <c>GITHUB_STEP_SUMMARY</c>):
/// the run's summary line, a count per rule, then every finding grouped by story. GitHub shows only ten
/// annotations of each level per step, so this is where a long run's findings can all be read. A summary
/// may hold at most 1 MiB: past <see cref="MaxBytes"/> the remaining stories are counted, not listed.
/// </summary>
public sealed class GitHubJobSummary(int maxBytes = GitHubJobSummary.MaxBytes)
{
    public const int MaxBytes = 1_000_000;
    public const int AnnotationsShownPerLevel = 10;

    public string Create(LintResult result)
    {
        var diagnostics = result.Diagnostics.ToList();
        var output = new StringBuilder();
        output.Append("## Lint: ").Append(Markdown.Escape(Summary.Describe(result))).Append("\n\n");
        WriteProblems(output, result);
        if (diagnostics.Count == 0)
        {
            return output.ToString();
        }

        if (diagnostics.GroupBy(d => d.Severity).Any(g => g.Count() > AnnotationsShownPerLevel))
        {
            output.Append($"GitHub shows only {AnnotationsShownPerLevel} annotations of each level per step; every finding is listed here.\n\n");
        }

        WriteRuleCounts(output, diagnostics);
        WriteStories(output, result.Articles.Where(a => a.Diagnostics.Count > 0).ToList());
        return output.ToString();
    }

    private static void WriteProblems(StringBuilder output, LintResult result)
    {
        var problems = result.RuleErrors.Select(e => e.ToString())
            .Concat(result.InputErrors.Select(e => e.ToString()))
            .Concat(result.Failures)
            .ToList();
        if (problems.Count == 0)
        {
            return;
        }

        output.Append("**").Append("problem".ToQuantity(problems.Count)).Append(" with rules or articles:**\n\n");
        foreach (var problem in problems)
        {
            output.Append("- ").Append(Markdown.Escape(problem)).Append('\n');
        }

        output.Append('\n');
    }

    private static void WriteRuleCounts(StringBuilder output, List<Diagnostic> diagnostics)
    {
        output.Append("| Rule | Level | Findings |\n| --- | --- | ---: |\n");
        var rules = diagnostics
            .GroupBy(d => (d.Id, d.Severity))
            .OrderByDescending(g => g.Key.Severity)
            .ThenByDescending(g => g.Count())
            .ThenBy(g => g.Key.Id, StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            output.Append($"| {Markdown.Escape(rule.Key.Id)} | {Levels.Text(rule.Key.Severity)} | {rule.Count()} |\n");
        }

        output.Append('\n');
    }

    private void WriteStories(StringBuilder output, List<ArticleResult> stories)
    {
        var bytes = Encoding.UTF8.GetByteCount(output.ToString());
        for (var i = 0; i < stories.Count; i++)
        {
            var section = Story(stories[i]);
            var size = Encoding.UTF8.GetByteCount(section);
            if (bytes + size > maxBytes)
            {
                var left = stories.Skip(i).ToList();
                output.Append($"The findings in {"more story".ToQuantity(left.Count)} ({"finding".ToQuantity(left.Sum(s => s.Diagnostics.Count))}) are not listed: a job summary holds at most 1 MiB. Download the SARIF report or run lint check to see them.\n");
                return;
            }

            output.Append(section);
            bytes += size;
        }
    }

    private static string Story(ArticleResult story)
    {
        var section = new StringBuilder();
        section.Append("### ").Append(Markdown.Escape(story.Path)).Append("\n\n");
        section.Append("| Line | Level | Rule | Message |\n| ---: | --- | --- | --- |\n");
        foreach (var diagnostic in story.Diagnostics)
        {
            var start = diagnostic.Location.LineSpan.Start;
            section.Append($"| {start.Line + 1}:{start.Character + 1} | {Levels.Text(diagnostic.Severity)} | {Markdown.Escape(diagnostic.Id)} | {Markdown.Escape(diagnostic.Message)} |\n");
        }

        return section.Append('\n').ToString();
    }
}
