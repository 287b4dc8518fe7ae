using System.Text;
using Humanizer;
using Lint.Cli.Running;
using Lint.Diagnostics;
using Lint.Workspace.Findings;

namespace Lint.Cli.Reporting;

/// <summary>
/// The Markdown job summary for GitHub Actions (appended to the file named by <c>GITHUB_STEP_SUMMARY</c>):
/// the run's summary line, a count per rule, then every finding grouped by story. GitHub shows only ten
/// annotations of each level per step, so this is where a long run's findings can all be read. A summary
/// may hold at most 1 MiB: past <see cref="MaxBytes"/> the remaining stories are counted, not listed.
/// Stories are added as the run reports them (<see cref="Add"/>); only the sections that can fit are kept.
/// One run per summary.
/// </summary>
public sealed class GitHubJobSummary(int maxBytes = GitHubJobSummary.MaxBytes)
{
    public const int MaxBytes = 1_000_000;
    public const int AnnotationsShownPerLevel = 10;

    private readonly Dictionary<(string Id, Severity Severity), int> _rules = [];
    private readonly List<(string Text, int Bytes, int Findings)> _sections = [];
    private int _sectionBytes;
    private int _unlistedStories;
    private int _unlistedFindings;

    /// <summary>The summary of a run held in memory.</summary>
    public string Create(LintResult result)
    {
        foreach (var article in result.Articles)
        {
            Add(article);
        }

        return Create(result.End);
    }

    /// <summary>Counts a story's findings and keeps its section while the sections so far could still fit.</summary>
    public void Add(ArticleResult story)
    {
        if (story.Diagnostics.Count == 0)
        {
            return;
        }

        foreach (var diagnostic in story.Diagnostics)
        {
            _rules[(diagnostic.Id, diagnostic.Severity)] = _rules.GetValueOrDefault((diagnostic.Id, diagnostic.Severity)) + 1;
        }

        // Past maxBytes of sections alone, no header leaves room for this story or any after it: they are only counted.
        var section = _unlistedStories == 0 ? Story(story) : null;
        var bytes = section is null ? 0 : Encoding.UTF8.GetByteCount(section);
        if (section is null || _sectionBytes + bytes > maxBytes)
        {
            _unlistedStories++;
            _unlistedFindings += story.Diagnostics.Count;
            return;
        }

        _sections.Add((section, bytes, story.Diagnostics.Count));
        _sectionBytes += bytes;
    }

    public string Create(ReportEnd end)
    {
        var output = new StringBuilder();
        output.Append("## Lint: ").Append(Markdown.Escape(Summary.Describe(end.Tally))).Append("\n\n");
        WriteProblems(output, end);
        if (end.Tally.Shown == 0)
        {
            return output.ToString();
        }

        if (new[] { Severity.Error, Severity.Warning, Severity.Suggestion }.Any(s => end.Tally.Count(s) > AnnotationsShownPerLevel))
        {
            output.Append($"GitHub shows only {AnnotationsShownPerLevel} annotations of each level per step; every finding is listed here.\n\n");
        }

        WriteRuleCounts(output);
        WriteStories(output);
        return output.ToString();
    }

    private static void WriteProblems(StringBuilder output, ReportEnd end)
    {
        var problems = end.Problems.ToList();
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

    private void WriteRuleCounts(StringBuilder output)
    {
        output.Append("| Rule | Level | Findings |\n| --- | --- | ---: |\n");
        var rules = _rules
            .OrderByDescending(r => r.Key.Severity)
            .ThenByDescending(r => r.Value)
            .ThenBy(r => r.Key.Id, StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            output.Append($"| {Markdown.Escape(rule.Key.Id)} | {Levels.Text(rule.Key.Severity)} | {rule.Value} |\n");
        }

        output.Append('\n');
    }

    private void WriteStories(StringBuilder output)
    {
        var bytes = Encoding.UTF8.GetByteCount(output.ToString());
        for (var i = 0; i < _sections.Count; i++)
        {
            var (section, size, _) = _sections[i];
            if (bytes + size > maxBytes)
            {
                WriteUnlisted(output, _sections.Count - i + _unlistedStories, _sections.Skip(i).Sum(s => s.Findings) + _unlistedFindings);
                return;
            }

            output.Append(section);
            bytes += size;
        }

        if (_unlistedStories > 0)
        {
            WriteUnlisted(output, _unlistedStories, _unlistedFindings);
        }
    }

    private static void WriteUnlisted(StringBuilder output, int stories, int findings) =>
        output.Append($"The findings in {"more story".ToQuantity(stories)} ({"finding".ToQuantity(findings)}) are not listed: a job summary holds at most 1 MiB. Download the SARIF report or run lint check to see them.\n");

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
