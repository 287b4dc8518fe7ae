using System.Text;
using Lint.Diagnostics;
using Lint.Text;
using Lint.Workspace.Findings;
using Lint.Workspace.Input;

namespace Lint.Cli.Reporting;

/// <summary>
/// For people at a terminal: "path:line:col: severity Rule.Id: message", the source line (a window of it,
/// for long paragraphs) with carets under the finding, and a summary line.
/// </summary>
public sealed class TextReporter : IReporter
{
    private const int Window = 60;

    private StreamWriter? _writer;

    private StreamWriter Writer => _writer ?? throw new InvalidOperationException("Begin was not called.");

    public void Begin(Stream output, ReportStart start) =>
        _writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };

    public void Article(ArticleResult article)
    {
        foreach (var diagnostic in article.Diagnostics)
        {
            var start = diagnostic.Location.LineSpan.Start;
            Writer.WriteLine($"{article.Path}:{start.Line + 1}:{start.Character + 1}: {Levels.Text(diagnostic.Severity)} {diagnostic.Id}: {diagnostic.Message}");
            WriteExcerpt(Writer, article.Text, diagnostic);
        }
    }

    public void End(ReportEnd end)
    {
        Writer.WriteLine(Summary.Describe(end.Tally));
        Writer.Dispose();
        _writer = null;
    }

    private static void WriteExcerpt(TextWriter writer, SourceText text, Diagnostic diagnostic)
    {
        var lineSpan = diagnostic.Location.LineSpan;
        var line = text.GetLine(lineSpan.Start.Line).Span;
        var from = lineSpan.Start.Character;
        var to = lineSpan.End.Line == lineSpan.Start.Line ? lineSpan.End.Character : line.Length;
        var windowStart = Math.Max(0, from - Window);
        var windowEnd = Math.Min(line.Length, Math.Max(to, from + 1) + Window);
        var excerpt = new StringBuilder("    ");
        excerpt.Append(windowStart > 0 ? "…" : string.Empty);
        var prefix = excerpt.Length;
        excerpt.Append(text[new TextSpan(line.Start + windowStart, windowEnd - windowStart)]).Replace('\t', ' ');
        if (windowEnd < line.Length)
        {
            excerpt.Append('…');
        }

        writer.WriteLine(excerpt.ToString());
        writer.WriteLine(new string(' ', prefix + from - windowStart) + new string('^', Math.Max(1, to - from)));
    }
}
