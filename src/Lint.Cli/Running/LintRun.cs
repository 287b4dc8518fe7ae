using Lint.Analysis;
using Lint.Cli.Reporting;
using Lint.Diagnostics;
using Lint.Fixes;
using Lint.Rules.Loading;
using Lint.Workspace.Findings;
using Lint.Workspace.Input;

namespace Lint.Cli.Running;

/// <summary>
/// Lints articles without holding more of them than <see cref="HeldChars"/>. When an enabled rule compares
/// articles, a first pass reads, parses and analyses every article in parallel, collecting the corpus
/// summaries, and holds what it found up to that budget (past it, it only collects, and the article is read
/// again later). The second pass takes each article (held, or read, parsed and analysed in parallel), adds
/// its corpus findings, post-processes them (<see cref="ArticleFindings"/>) and hands the results to the
/// report in path order, through a bounded reorder buffer (<see cref="OrderedPipeline{T}"/>): beyond the held
/// ones, a few dozen articles are alive at a time, whatever the size of the run.
/// </summary>
public sealed class LintRun
{
    private readonly RuleSet _rules;
    private readonly Baseline? _baseline;
    private readonly AnalyzerDriver _driver;
    private readonly HashSet<string> _known;

    public LintRun(RuleSet rules, Baseline? baseline)
    {
        _rules = rules;
        _baseline = baseline;
        _driver = new AnalyzerDriver(rules.Analyzers);
        var descriptors = EngineDescriptors.With(_driver.Descriptors);
        _known = descriptors.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        Start = new ReportStart(descriptors, baseline is not null);
    }

    /// <summary>The rules (the engine's own included) and whether a baseline is used: what a report needs first.</summary>
    public ReportStart Start { get; }

    /// <summary>The day a story with no date in its head is read in (<see cref="Lint.Workspace.Running.RunDate"/>); none when null.</summary>
    public DateOnly? Today { get; init; }

    /// <summary>How many articles are read and analysed at once.</summary>
    public int Workers { get; init; } = Environment.ProcessorCount;

    /// <summary>How many articles may be analysed ahead of the one the report waits for.</summary>
    public int Window { get; init; } = Math.Max(16, 4 * Environment.ProcessorCount);

    /// <summary>
    /// How much article text (in characters) the first pass may hold, parsed and analysed, for the second, so
    /// that those articles are read and parsed once; the rest are read again. A million characters (two
    /// hundred stories of 5 KB) costs about 30 MB held, which keeps a large archive's run within its memory
    /// budget (a parsed and analysed story takes about 25 times its text).
    /// </summary>
    public long HeldChars { get; init; } = 1_000_000;

    /// <summary>
    /// Lints <paramref name="sources"/> and reports each article's result, in path order, to <paramref name="report"/>.
    /// <paramref name="inputErrors"/> are the inputs already known to be unreadable; the end of the report
    /// has them first, then those found while reading, in the order of <paramref name="sources"/>.
    /// </summary>
    public ReportEnd Lint(IReadOnlyList<ArticleSource> sources, IReadOnlyList<InputError> inputErrors, Action<ArticleResult> report, CancellationToken cancellationToken)
    {
        var passes = new ArticlePasses(_driver.StartRun(Today), sources, _known, _baseline, HeldChars, cancellationToken);
        if (passes.FirstPass)
        {
            var parallel = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Workers };
            Parallel.For(0, sources.Count, parallel, passes.Collect);
        }

        var order = PathOrder(sources);
        var tally = new RunTally();
        var pipeline = new OrderedPipeline<ArticleResult?>(k => passes.Analyze(order[k]), Workers, Window);
        pipeline.Run(order.Length, result =>
        {
            if (result is not null)
            {
                tally.Add(result);
                report(result);
            }
        }, cancellationToken);

        return new ReportEnd(_rules.Errors, [.. inputErrors.Concat(passes.ReadErrors)], tally);
    }

    /// <summary>
    /// Fixes each of <paramref name="sources"/> on its own (<see cref="ArticlePasses.Fix"/>), after a first pass
    /// that collects the corpus summaries when a rule compares articles, and hands each article read and its
    /// fixed text to <paramref name="report"/>, in path order: like <see cref="Lint"/>, it holds a few dozen
    /// articles at a time, whatever the size of the run. <paramref name="keep"/> may take a finding's fix away.
    /// The end of the run has the articles that could not be read.
    /// </summary>
    public ReportEnd Fix(IReadOnlyList<ArticleSource> sources, Func<Diagnostic, Diagnostic> keep, Action<int, Article, FixPassesResult> report, CancellationToken cancellationToken)
    {
        var passes = new ArticlePasses(_driver.StartRun(Today), sources, _known, _baseline, heldChars: 0, cancellationToken, fixing: true);
        if (passes.FirstPass)
        {
            var parallel = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Workers };
            Parallel.For(0, sources.Count, parallel, passes.Collect);
        }

        var order = PathOrder(sources);
        var pipeline = new OrderedPipeline<(int Index, Article Article, FixPassesResult Result)?>(
            k => passes.Fix(order[k], keep) is { } done ? (order[k], done.Article, done.Result) : null, Workers, Window);
        pipeline.Run(order.Length, item =>
        {
            if (item is { } done)
            {
                report(done.Index, done.Article, done.Result);
            }
        }, cancellationToken);

        return new ReportEnd(_rules.Errors, [.. passes.ReadErrors], new RunTally());
    }

    /// <summary>The indices of <paramref name="sources"/> in the order reports list articles: by path (ordinal), ties in their given order.</summary>
    private static int[] PathOrder(IReadOnlyList<ArticleSource> sources) =>
        [.. Enumerable.Range(0, sources.Count).OrderBy(i => sources[i].DisplayPath, StringComparer.Ordinal)];
}
