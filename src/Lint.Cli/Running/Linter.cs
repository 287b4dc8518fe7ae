using Lint.Rules.Loading;
using Lint.Workspace.Findings;
using Lint.Workspace.Input;
using Lint.Workspace.Running;

namespace Lint.Cli.Running;

/// <summary>
/// Runs loaded rules over articles: <see cref="Start"/> gives a <see cref="LintRun"/> that streams the
/// results of articles read as they are linted (<c>lint check</c>, <c>lint baseline</c>); <see cref="Run(RuleSet, IReadOnlyList{Article}, IReadOnlyList{InputError}, Func{Article, ArticleSettings}, Baseline?, CancellationToken)"/>
/// lints articles already in memory the same way and keeps every result (<c>lint fix</c>).
/// </summary>
public sealed class Linter
{
    public LintRun Start(RuleSet rules, Baseline? baseline) => new(rules, baseline) { Today = RunDate.Today() };

    public LintResult Run(RuleSet rules, IReadOnlyList<Article> articles, IReadOnlyList<InputError> inputErrors, CancellationToken cancellationToken) =>
        Run(rules, articles, inputErrors, _ => ArticleSettings.Default, null, cancellationToken);

    public LintResult Run(
        RuleSet rules,
        IReadOnlyList<Article> articles,
        IReadOnlyList<InputError> inputErrors,
        Func<Article, ArticleSettings> settingsFor,
        Baseline? baseline,
        CancellationToken cancellationToken)
    {
        var run = Start(rules, baseline);
        var results = new List<ArticleResult>();
        var sources = articles.Select(a => ArticleSource.InMemory(a, settingsFor(a))).ToList();
        var end = run.Lint(sources, inputErrors, results.Add, cancellationToken);
        return new LintResult(results, run.Start.Rules, end.RuleErrors, end.InputErrors) { HasBaseline = run.Start.HasBaseline };
    }
}
