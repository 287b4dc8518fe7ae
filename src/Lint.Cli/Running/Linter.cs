using Lint.Analysis;
using Lint.Cli.Baselines;
using Lint.Cli.Input;
using Lint.Diagnostics;
using Lint.Formats;
using Lint.Rules.Loading;
using Lint.Syntax;

namespace Lint.Cli.Running;

/// <summary>
/// Runs loaded rules over articles: parses each by its format, analyses them in parallel with the rules
/// enabled for each, adds the corpus findings, then post-processes each article's findings.
/// </summary>
public sealed class Linter
{
    private static readonly IDocumentParser PlainText = new PlainTextParser();

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
        var driver = new AnalyzerDriver(rules.Analyzers);
        var run = driver.StartRun();
        var settings = articles.Select(settingsFor).ToArray();
        var documents = new Document[articles.Count];
        var found = new List<Diagnostic>[articles.Count];
        var parallel = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.For(0, articles.Count, parallel, i =>
        {
            var article = articles[i];
            var parser = DocumentFormats.ForExtension(article.Extension) ?? PlainText;
            documents[i] = parser.Parse(article.DisplayPath, article.Text);
            found[i] = [.. run.Analyze(documents[i], d => settings[i].IsEnabled(d.Id), cancellationToken)];
        });

        Parallel.For(0, articles.Count, parallel, i => found[i].AddRange(run.ReportCorpus(documents[i], d => settings[i].IsEnabled(d.Id), cancellationToken)));

        var descriptors = driver.Descriptors.Append(EngineDescriptors.RuleFailure).Append(EngineDescriptors.UnknownRule).ToList();
        var known = descriptors.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var results = articles
            .Select((a, i) => ArticleFindings.Process(a.DisplayPath, documents[i], found[i], settings[i], known, baseline))
            .OrderBy(r => r.Path, StringComparer.Ordinal)
            .ToList();
        return new LintResult(results, descriptors, rules.Errors, inputErrors, []) { HasBaseline = baseline is not null };
    }
}
