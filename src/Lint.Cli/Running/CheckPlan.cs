using Lint.Cli.Reporting;
using Lint.Workspace.Findings;
using Lint.Workspace.Input;

namespace Lint.Cli.Running;

/// <summary>
/// A <c>lint check</c> or <c>lint baseline</c> ready to run: the rules loaded, the articles found (not yet
/// read) with their settings, and the inputs already known to be unreadable. <see cref="Lint"/> streams the
/// results to a report and writes the unreadable inputs to standard error at the end.
/// </summary>
public sealed class CheckPlan(Terminal terminal, LintRun run, IReadOnlyList<ArticleSource> sources, IReadOnlyList<InputError> inputErrors)
{
    public ReportStart Start => run.Start;

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
        var end = run.Lint(sources, inputErrors, report, cancellationToken);
        foreach (var error in end.InputErrors)
        {
            terminal.Error.WriteLine($"error: {error}");
        }

        return end;
    }
}
