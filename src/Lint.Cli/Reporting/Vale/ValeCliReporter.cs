using System.Text;
using Lint.Diagnostics;
using Lint.Workspace.Findings;

namespace Lint.Cli.Reporting.Vale;

/// <summary>
/// Vale's default <c>--output=CLI</c>: for each file with alerts, its path, then a table of
/// <c>line:column</c>, level, message and rule (<see cref="ValeTable"/>); then
/// "✖ 1 error, 2 warnings and 0 suggestions in 3 files." (✔ when there are no errors or warnings, "in stdin"
/// for standard input alone). Levels are coloured and the path underlined only on a terminal.
/// </summary>
public sealed class ValeCliReporter(Func<string, string> pathOf, bool wrap, Colors colors) : IReporter
{
    private StreamWriter? _writer;
    private string? _onlyPath;

    private StreamWriter Writer => _writer ?? throw new InvalidOperationException("Begin was not called.");

    public void Begin(Stream output, ReportStart start) =>
        _writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };

    public void Article(ArticleResult article)
    {
        var path = pathOf(article.Path);
        _onlyPath = _onlyPath is null ? path : string.Empty;
        if (article.Diagnostics.Count == 0)
        {
            return;
        }

        var rows = article.Diagnostics.Select(d => ValeAlert.Of(d, article.Text))
            .Select(a => new[] { $"{a.Line}:{a.Start}", Level(a.Severity), a.Message, a.Check })
            .ToList();
        Writer.Write("\n " + (colors.Enabled ? $"\u001b[4m{path}\u001b[0m" : path));
        Writer.Write(ValeTable.Render(rows, wrap));
    }

    public void End(ReportEnd end)
    {
        var tally = end.Tally;
        var (errors, warnings, suggestions) = (tally.Count(Severity.Error), tally.Count(Severity.Warning), tally.Count(Severity.Suggestion));
        var symbol = errors > 0 || warnings > 0 ? "\u2716" : "\u2714";
        var where = tally.Articles == 1 && (_onlyPath ?? string.Empty).StartsWith("stdin", StringComparison.Ordinal)
            ? "stdin"
            : $"{tally.Articles} {Plural("file", tally.Articles)}";
        Writer.WriteLine($"{symbol} {Paint("31", $"{errors} {Plural("error", errors)}")}, {Paint("33", $"{warnings} {Plural("warning", warnings)}")} and {Paint("34", $"{suggestions} {Plural("suggestion", suggestions)}")} in {where}.");
        Writer.Flush();
    }

    private string Level(string severity) => severity switch
    {
        "error" => Paint("31", severity),
        "warning" => Paint("33", severity),
        _ => Paint("34", severity),
    };

    private string Paint(string code, string text) => colors.Enabled ? $"\u001b[{code}m{text}\u001b[0m" : text;

    private static string Plural(string word, int count) => count == 1 ? word : word + "s";
}
