using System.Text;
using Lint.Workspace.Findings;
using Lint.Workspace.Input;

namespace Lint.Cli.Reporting;

/// <summary>
/// GitHub Actions workflow commands, one per finding, which GitHub shows as annotations on the lines:
/// <c>::warning file=...,line=...,endLine=...,col=...,endColumn=...,title=Rule.Id::message</c>; then an
/// <c>::error</c> for each rule file or configuration error (at its line) and each input that could not be read.
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
        // A rule file or a .lint.yaml with an error is an error annotation at its line, never only a log line.
        foreach (var error in end.RuleErrors)
        {
            Writer.WriteLine($"::error file={Property(error.Path)},line={error.Line},col={error.Column},title=Lint configuration::{Data(error.Message)}");
        }

        foreach (var error in end.InputErrors)
        {
            Writer.WriteLine($"::error file={Property(error.Path)},title=Lint input::{Data(error.Message)}");
        }

        if (end.Failure is not null)
        {
            Writer.WriteLine($"::error title=Lint::{Data(end.Failure)}");
        }

        Writer.WriteLine(end.Failure is null ? Summary.Describe(end.Tally) : "Nothing was linted.");
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
