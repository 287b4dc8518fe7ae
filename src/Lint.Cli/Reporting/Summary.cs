using Humanizer;
using Lint.Cli.Running;
using Lint.Diagnostics;

namespace Lint.Cli.Reporting;

/// <summary>The closing line a person reads: "3 errors and 12 warnings in 5 articles".</summary>
public static class Summary
{

    public static string Describe(LintResult result)
    {
        var diagnostics = result.Diagnostics.ToList();
        var articles = "article".ToQuantity(result.Articles.Count);
        var parts = new[] { Severity.Error, Severity.Warning, Severity.Suggestion }
            .Select(s => (Severity: s, Count: diagnostics.Count(d => d.Severity == s)))
            .Where(p => p.Count > 0)
            .Select(p => Levels.Text(p.Severity).ToQuantity(p.Count))
            .ToList();
        return parts.Count == 0
            ? $"No findings in {articles}."
            : $"{parts.Humanize("and")} in {articles}.";
    }
}
