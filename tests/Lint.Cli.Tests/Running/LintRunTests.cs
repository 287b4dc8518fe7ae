using System.Collections.Concurrent;
using Lint.Analysis;
using Lint.Cli.Reporting;
using Lint.Cli.Running;
using Lint.Text;
using Lint.Workspace.Findings;
using Lint.Workspace.Input;

namespace Lint.Cli.Tests.Running;

/// <summary>
/// The streamed run: articles analysed in parallel are reported in path order, once each; corpus findings
/// (from the first pass) land in their articles, earlier ones included; unreadable articles are reported once.
/// </summary>
public class LintRunTests
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);

    private static ArticleSource Story(string path, string text) =>
        ArticleSource.InMemory(new Article(path, ".txt", new SourceText(text)), ArticleSettings.Default);

    private static (List<ArticleResult> Articles, ReportEnd End) Lint(LintRun run, IReadOnlyList<ArticleSource> sources)
    {
        var reported = new List<ArticleResult>();
        var end = run.Lint(sources, [], reported.Add, CancellationToken.None);
        return (reported, end);
    }

    [Fact]
    public void Articles_analysed_out_of_order_are_reported_in_path_order()
    {
        var waiting = new WaitingAnalyzer("a.txt", others: 3);
        var run = new LintRun(TestRules.Of(waiting), null) { Workers = 4, Window = 8 };
        var sources = new[] { "d.txt", "a.txt", "c.txt", "b.txt" }.Select(p => Story(p, "Words here.")).ToList();

        var (articles, end) = Lint(run, sources);

        Assert.Equal(["a.txt", "b.txt", "c.txt", "d.txt"], articles.Select(a => a.Path));
        Assert.Equal("a.txt", waiting.Finished.First()); // a.txt was analysed last, yet reported first
        Assert.Equal(4, end.Tally.Articles);
    }

    [Fact]
    public void A_corpus_finding_that_needs_every_article_lands_in_the_first_one_reported()
    {
        var counter = new CorpusCounter("iRay");
        var run = new LintRun(TestRules.Of(counter), null) { Workers = 2, Window = 2 };
        var sources = Enumerable.Range(0, 40).Select(i => Story($"story{i:00}.txt", "Made by iRay.")).ToList();

        var (articles, _) = Lint(run, sources);

        var finding = Assert.Single(articles.SelectMany(a => a.Diagnostics));
        Assert.Equal("story00.txt", finding.Location.Path);
        Assert.Equal("Seen in 40 articles.", finding.Message);
        Assert.Equal(40, counter.Collected); // each article counted once, by the first pass only
    }

    [Fact]
    public void Each_article_is_reported_once_in_path_order_with_the_counts_at_the_end()
    {
        var run = new LintRun(TestRules.Of(new CorpusCounter("iRay"), new WordFinder("gaps")), null) { Workers = 3, Window = 4 };
        var paths = Enumerable.Range(0, 100).Select(i => $"s{(i * 37) % 100:000}.txt").ToList();
        var sources = paths.Select(p => Story(p, "Filling gaps at iRay.")).ToList();
        var reporter = new RecordingReporter();
        var plan = new CheckPlan(new Terminal { Error = new StringWriter() }, run, sources, []);

        var end = plan.Report(reporter, Stream.Null, null, CancellationToken.None);

        Assert.Equal(["begin", .. paths.Order(StringComparer.Ordinal), "end"], reporter.Calls);
        Assert.Equal((100, 101), (end.Tally.Articles, end.Tally.Shown));
    }

    [Fact]
    public void An_unreadable_article_is_reported_once_though_two_passes_read_it()
    {
        using var folder = new TempFolder();
        var good = folder.Write("good.txt", "Made by iRay.");
        var bad = folder.Write("bad.txt", [0x41, 0xFF, 0x41]);
        var missing = new InputError("gone.txt", "No such file or directory.");
        var run = new LintRun(TestRules.Of(new CorpusCounter("iRay")), null);
        var reported = new List<ArticleResult>();

        var end = run.Lint([ArticleSource.File(good, ArticleSettings.Default), ArticleSource.File(bad, ArticleSettings.Default)], [missing], reported.Add, CancellationToken.None);

        Assert.Equal([good], reported.Select(a => Path.GetFullPath(a.Path)));
        Assert.Equal(2, end.InputErrors.Count);
        Assert.Equal(missing, end.InputErrors[0]);
        Assert.Contains("not valid UTF-8", end.InputErrors[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Streaming_gives_what_the_in_memory_run_gives()
    {
        var rules = TestRules.Of(new CorpusCounter("iRay"), new WordFinder("gaps"));
        var articles = Enumerable.Range(0, 30).Select(i => new Article($"s{29 - i:00}.txt", ".txt", new SourceText(i % 3 == 0 ? "iRay fills gaps." : "No gaps."))).ToList();

        var memory = new Linter().Run(rules, articles, [], CancellationToken.None);
        var (streamed, _) = Lint(new LintRun(rules, null) { Workers = 2, Window = 3 }, [.. articles.Select(a => ArticleSource.InMemory(a, ArticleSettings.Default))]);

        Assert.Equal(memory.Articles.Select(Describe), streamed.Select(Describe));
        Assert.Equal(articles.Select(a => a.DisplayPath).Order(StringComparer.Ordinal), memory.Articles.Select(a => a.Path));
    }

    private static string Describe(ArticleResult article) =>
        $"{article.Path}: {string.Join("; ", article.All.Select(d => $"{d.Id} {d.Location.Span.Start} {d.Message}"))}";

    /// <summary>Holds the analysis of one article until the others are done, so it finishes last.</summary>
    private sealed class WaitingAnalyzer(string path, int others) : Analyzer(TestRules.Descriptor("Test.Waiting"))
    {
        private readonly CountdownEvent _othersDone = new(others);

        public ConcurrentStack<string> Finished { get; } = new();

        public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(c =>
        {
            if (c.Document.Path == path)
            {
                Assert.True(_othersDone.Wait(Guard), "the other articles were never analysed");
                Finished.Push(c.Document.Path);
            }
            else
            {
                Finished.Push(c.Document.Path); // before the signal, or the waiting article could finish first
                _othersDone.Signal();
            }
        });
    }

    /// <summary>Flags a word wherever it is.</summary>
    private sealed class WordFinder(string word) : Analyzer(TestRules.Descriptor("Test.Word"))
    {
        public override void Initialize(AnalysisContext context) => context.RegisterWordAction(c =>
        {
            if (c.Document.Text[c.Word.Span].SequenceEqual(word))
            {
                c.Report(c.Word.Span, $"Found {word}.");
            }
        });
    }

    /// <summary>Counts the articles that use a word, and reports the count into the first of them by path.</summary>
    private sealed class CorpusCounter(string word) : Analyzer(TestRules.Descriptor("Test.Corpus"))
    {
        private int _collected;

        public int Collected => _collected;

        public override void Initialize(AnalysisContext context) => context.RegisterCorpusAction(
            document =>
            {
                Interlocked.Increment(ref _collected);
                var paths = new SortedSet<string>(StringComparer.Ordinal);
                if (document.Text.ToString().Contains(word, StringComparison.Ordinal))
                {
                    paths.Add(document.Path);
                }

                return paths;
            },
            (a, b) =>
            {
                a.UnionWith(b);
                return a;
            },
            corpus =>
            {
                if (corpus.Summary.Count > 0 && corpus.Document.Path == corpus.Summary.Min)
                {
                    var at = corpus.Document.Text.ToString().IndexOf(word, StringComparison.Ordinal);
                    corpus.Report(new TextSpan(at, word.Length), $"Seen in {corpus.Summary.Count} articles.");
                }
            });
    }

    private sealed class RecordingReporter : IReporter
    {
        public List<string> Calls { get; } = [];

        public void Begin(Stream output, ReportStart start) => Calls.Add("begin");

        public void Article(ArticleResult article) => Calls.Add(article.Path);

        public void End(ReportEnd end) => Calls.Add("end");
    }
}
