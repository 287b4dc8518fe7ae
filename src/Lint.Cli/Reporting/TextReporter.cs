using System.Text;
using Lint.Cli.Running;
using Lint.Diagnostics;
using Lint.Text;

namespace Lint.Cli.Reporting;

/// <summary>
/// For people at a terminal: "path:line:col: severity Rule.Id: message", the source line (a window of it,
/// for long paragraphs) with carets under the finding, and a summary line.
/// </summary>
public sealed class TextReporter : IReporter
{
    private const int Window = 60;

    public void Write(LintResult result, Stream output)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        foreach (var article in result.Articles)
        {
            foreach (var diagnostic in article.Diagnostics)
            {
                var start = diagnostic.Location.LineSpan.Start;
                writer.WriteLine($"{article.Path}:{start.Line + 1}:{start.Character + 1}: {Levels.Text(diagnostic.Severity)} {diagnostic.Id}: {diagnostic.Message}");
                WriteExcerpt(writer, article.Text, diagnostic);
            }
        }

        writer.WriteLine(Summary.Describe(result));
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
