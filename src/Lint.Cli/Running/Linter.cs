using Lint.Analysis;
using Lint.Cli.Input;
using Lint.Diagnostics;
using Lint.Rules.Loading;
using Lint.Syntax;

namespace Lint.Cli.Running;

/// <summary>Runs loaded rules over articles: parses each, analyses them in parallel, then adds the corpus findings.</summary>
public sealed class Linter
{
    private static readonly IDocumentParser PlainText = new PlainTextParser();

    public LintResult Run(RuleSet rules, IReadOnlyList<Article> articles, IReadOnlyList<InputError> inputErrors, CancellationToken cancellationToken)
    {
        var driver = new AnalyzerDriver(rules.Analyzers);
        var run = driver.StartRun();
        var found = new List<Diagnostic>[articles.Count];
        var parallel = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.For(0, articles.Count, parallel, i =>
        {
            var article = articles[i];
            var document = PlainText.Parse(article.DisplayPath, article.Text);
            found[i] = [.. run.Analyze(document, cancellationToken)];
        });

        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < articles.Count; i++)
        {
            index.TryAdd(articles[i].DisplayPath, i);
        }

        foreach (var diagnostic in run.Complete())
        {
            found[index[diagnostic.Location.Path]].Add(diagnostic);
        }

        var results = articles
            .Select((a, i) => new ArticleResult(a.DisplayPath, a.Text, DuplicateFindings.Remove(found[i])))
            .OrderBy(r => r.Path, StringComparer.Ordinal)
            .ToList();
        var descriptors = driver.Descriptors.Append(EngineDescriptors.RuleFailure).ToList();
        return new LintResult(results, descriptors, rules.Errors, inputErrors, run.Failures);
    }
}
