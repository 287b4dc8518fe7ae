using System.Text;
using Lint.Workspace.Findings;

namespace Lint.Cli.Reporting.Vale;

/// <summary>Vale's <c>--output=line</c>: <c>path:line:column:Check:message</c>, one alert a line, nothing when there are none.</summary>
public sealed class ValeLineReporter(Func<string, string> pathOf) : IReporter
{
    private StreamWriter? _writer;

    private StreamWriter Writer => _writer ?? throw new InvalidOperationException("Begin was not called.");

    public void Begin(Stream output, ReportStart start) =>
        _writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };

    public void Article(ArticleResult article)
    {
        var path = pathOf(article.Path);
        foreach (var diagnostic in article.Diagnostics)
        {
            var alert = ValeAlert.Of(diagnostic, article.Text);
            Writer.WriteLine($"{path}:{alert.Line}:{alert.Start}:{alert.Check}:{alert.Message}");
        }
    }

    public void End(ReportEnd end) => Writer.Flush();
}
