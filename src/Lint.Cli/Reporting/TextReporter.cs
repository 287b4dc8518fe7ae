using System.Text;
using Lint.Diagnostics;
using Lint.Text;
using Lint.Workspace.Findings;

namespace Lint.Cli.Reporting;

/// <summary>
/// For people at a terminal, in the form compilers use, so that editors' problem matchers read it (VS Code's
/// <c>$gcc</c> takes the errors and warnings): "path:line:col: severity: message [Rule.Id]", then the source
/// line (a window of it, for long paragraphs) with carets under the finding, and a summary line. A long
/// message's explanation (the sentences after its first) is shown once per rule, under its first finding.
/// </summary>
public sealed class TextReporter(Colors colors) : IReporter
{
    private readonly HashSet<string> _explained = new(StringComparer.Ordinal);

    private Dictionary<string, string?> _formats = new(StringComparer.Ordinal);

    private StreamWriter? _writer;

    public TextReporter()
        : this(Colors.None)
    {
    }

    private StreamWriter Writer => _writer ?? throw new InvalidOperationException("Begin was not called.");

    public void Begin(Stream output, ReportStart start)
    {
        _writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        _formats = start.Rules.DistinctBy(d => d.Id).ToDictionary(d => d.Id, d => d.MessageFormat, StringComparer.Ordinal);
    }

    public void Article(ArticleResult article)
    {
        foreach (var diagnostic in article.Diagnostics)
        {
            var start = diagnostic.Location.LineSpan.Start;
            var (finding, explanation) = Explanation.Split(diagnostic.Message, _formats.GetValueOrDefault(diagnostic.Id));
            var severity = Levels.Text(diagnostic.Severity);
            Writer.WriteLine(
                $"{colors.Bold($"{article.Path}:{start.Line + 1}:{start.Character + 1}:")} {colors.Severity(diagnostic.Severity, severity + ":")} " +
                $"{finding} {colors.Dim($"[{diagnostic.Id}]")}");
            var excerpt = ExcerptOf(article.Text, diagnostic);
            Writer.WriteLine(excerpt.Line);
            Writer.WriteLine(colors.Severity(diagnostic.Severity, excerpt.Carets));
            if (explanation is not null && _explained.Add(diagnostic.Id))
            {
                Writer.WriteLine($"{Excerpt.Indent}{colors.Dim("= note:")} {explanation} {colors.Dim($"(shown once; lint explain {diagnostic.Id})")}");
            }
        }
    }

    public void End(ReportEnd end)
    {
        Writer.WriteLine(Summary.Describe(end.Tally));
        Writer.Dispose();
        _writer = null;
    }

    private static Excerpt ExcerptOf(SourceText text, Diagnostic diagnostic)
    {
        var lineSpan = diagnostic.Location.LineSpan;
        var line = text.GetLine(lineSpan.Start.Line).Span;
        var to = lineSpan.End.Line == lineSpan.Start.Line ? lineSpan.End.Character : line.Length;
        return Excerpt.Of(text[line].ToString(), lineSpan.Start.Character, to);
    }
}
