using Humanizer;
using Lint.Cli.Running;
using Lint.Diagnostics;

namespace Lint.Cli.Reporting;

/// <summary>The closing line a person reads: "3 errors and 12 warnings in 5 articles".</summary>
public static class Summary
{
    public static string Describe(LintResult result) => Describe(RunTally.Of(result.Articles));

    public static string Describe(RunTally tally)
    {
        var articles = "article".ToQuantity(tally.Articles);
        var parts = new[] { Severity.Error, Severity.Warning, Severity.Suggestion }
            .Select(s => (Severity: s, Count: tally.Count(s)))
            .Where(p => p.Count > 0)
            .Select(p => Levels.Text(p.Severity).ToQuantity(p.Count))
            .ToList();
        return parts.Count == 0
            ? $"No findings in {articles}."
            : $"{parts.Humanize("and")} in {articles}.";
    }
}
