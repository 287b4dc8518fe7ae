using System.Text;
using Lint.Workspace.Findings;
using Lint.Workspace.Input;

namespace Lint.Cli.Reporting;

/// <summary>
/// GitHub Actions workflow commands, one per finding, which GitHub shows as annotations on the lines:
/// <c>::warning file=...,line=...,endLine=...,col=...,endColumn=...,title=Rule.Id::message</c>.
/// </summary>
public sealed class GitHubReporter : IReporter
{
    private StreamWriter? _writer;

    private StreamWriter Writer => _writer ?? throw new InvalidOperationException("Begin was not called.");

    public void Begin(Stream output, ReportStart start) =>
        _writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };

    public void Article(ArticleResult article)
    {
        foreach (var diagnostic in article.Diagnostics)
        {
            var span = diagnostic.Location.LineSpan;
            Writer.WriteLine(
                $"::{Levels.GitHub(diagnostic.Severity)} file={Property(diagnostic.Location.Path)},line={span.Start.Line + 1},endLine={span.End.Line + 1}," +
                $"col={span.Start.Character + 1},endColumn={span.End.Character + 1},title={Property(diagnostic.Id)}::{Data(diagnostic.Message)}");
        }
    }

    public void End(ReportEnd end)
    {
        Writer.WriteLine(Summary.Describe(end.Tally));
        Writer.Dispose();
        _writer = null;
    }

    /// <summary>Escapes a message: '%', CR and LF.</summary>
    public static string Data(string value) =>
        value.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    /// <summary>Escapes a property value: as a message, plus ':' and ','.</summary>
    public static string Property(string value) =>
        Data(value).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
