using Lint.Workspace.Findings;

namespace Lint.Cli.Reporting;

/// <summary>
/// One run written in two formats at once (<c>--format github --sarif lint.sarif</c>: annotations, the job
/// summary and SARIF from a single lint of the articles): the first to the run's output, the second to its own.
/// </summary>
public sealed class TwoReports(IReporter first, IReporter second, Stream secondOutput) : IReporter
{
    public void Begin(Stream output, ReportStart start)
    {
        first.Begin(output, start);
        second.Begin(secondOutput, start);
    }

    public void Article(ArticleResult article)
    {
        first.Article(article);
        second.Article(article);
    }

    public void End(ReportEnd end)
    {
        first.End(end);
        second.End(end);
    }
}
