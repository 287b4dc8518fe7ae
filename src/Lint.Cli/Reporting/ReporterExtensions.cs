using Lint.Cli.Running;
using Lint.Workspace.Input;

namespace Lint.Cli.Reporting;

/// <summary>Writes a run held in memory (<c>lint fix</c>, tests, benchmarks) through a reporter, as a streamed run is written.</summary>
public static class ReporterExtensions
{
    public static void Write(this IReporter reporter, LintResult result, Stream output)
    {
        reporter.Begin(output, result.Start);
        foreach (var article in result.Articles)
        {
            reporter.Article(article);
        }

        reporter.End(result.End);
    }
}
