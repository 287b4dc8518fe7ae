using Lint.Cli.Reporting;
using Lint.Workspace.Findings;
using Lint.Workspace.Input;

namespace Lint.Cli.Running;

/// <summary>
/// A <c>lint check</c> or <c>lint baseline</c> ready to run: the rules loaded, the articles found (not yet
/// read) with their settings, and the inputs already known to be unreadable. <see cref="Lint"/> streams the
/// results to a report (with progress on standard error when it is a terminal and the run is long) and
/// writes the unreadable inputs to standard error at the end.
/// </summary>
public sealed class CheckPlan(Terminal terminal, LintRun run, IReadOnlyList<ArticleSource> sources, IReadOnlyList<InputError> inputErrors)
{
    public ReportStart Start => run.Start;

    /// <summary>
    /// Whether a long run counts its articles on standard error, when that is a terminal; set when the report
    /// itself does not go to the terminal (a file, a pipe), where the count and the findings would mix.
    /// </summary>
    public bool ShowProgress { get; set; }

    /// <summary>Lints the articles and writes them with <paramref name="reporter"/> to <paramref name="output"/>, as they are linted; <paramref name="also"/> sees each article too.</summary>
    public ReportEnd Report(IReporter reporter, Stream output, Action<ArticleResult>? also, CancellationToken cancellationToken)
    {
        reporter.Begin(output, Start);
        var end = Lint(
            article =>
            {
                reporter.Article(article);
                also?.Invoke(article);
            },
            cancellationToken);
        reporter.End(end);
        return end;
    }

    public ReportEnd Lint(Action<ArticleResult> report, CancellationToken cancellationToken)
    {
        ReportEnd end;
        using (var progress = new Progress(terminal.Error, sources.Count, ShowProgress && terminal.ErrorIsTerminal))
        {
            end = run.Lint(
                sources,
                inputErrors,
                article =>
                {
                    report(article);
                    progress.Advance();
                },
                cancellationToken);
        }

        foreach (var error in end.InputErrors)
        {
            terminal.Error.WriteLine($"error: {error}");
        }

        return end;
    }
}
