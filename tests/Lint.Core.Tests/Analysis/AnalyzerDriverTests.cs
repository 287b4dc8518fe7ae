using Lint.Analysis;
using Lint.Diagnostics;
using Lint.Syntax;
using Lint.Text;

namespace Lint.Core.Tests.Analysis;

public class AnalyzerDriverTests
{
    private static Document Parse(string path, string text) => new PlainTextParser().Parse(path, new SourceText(text));

    private static DiagnosticDescriptor Descriptor(string id) => new(id, id, id, Severity.Warning);

    [Fact]
    public void A_rule_that_throws_becomes_one_finding_and_the_other_rules_still_run()
    {
        var driver = new AnalyzerDriver([new ThrowingAnalyzer(), new WordAnalyzer("gaps")]);

        var diagnostics = driver.Analyze(Parse("a.txt", "Filling gaps. More gaps here."));

        var failure = Assert.Single(diagnostics, d => d.Id == EngineDescriptors.RuleFailure.Id);
        Assert.Contains("Test.Throws", failure.Message, StringComparison.Ordinal);
        Assert.Equal(Severity.Error, failure.Severity);
        Assert.Equal(2, diagnostics.Count(d => d.Id == "Test.Word"));
    }

    [Fact]
    public void Word_sentence_and_block_actions_each_see_every_item()
    {
        var counter = new CountingAnalyzer();
        var driver = new AnalyzerDriver([counter]);

        driver.Analyze(Parse("a.txt", "One two three. Four five.\nSix seven."));

        Assert.Equal((7, 3, 2, 1), (counter.Words, counter.Sentences, counter.Blocks, counter.Documents));
    }

    [Fact]
    public void Corpus_actions_see_every_article_then_report_into_each()
    {
        var driver = new AnalyzerDriver([new CorpusWordCounter("iRay")]);
        var run = driver.StartRun();
        var documents = new[] { "a.txt", "b.txt", "c.txt" }.Select(path => Parse(path, "Made by iRay Technology.")).ToList();

        Parallel.ForEach(documents, document => run.Analyze(document));
        var findings = documents.AsParallel().SelectMany(document => run.ReportCorpus(document)).ToList();

        var finding = Assert.Single(findings);
        Assert.Equal("a.txt", finding.Location.Path);
        Assert.Equal("Seen in 3 articles.", finding.Message);
    }

    [Fact]
    public void Shards_merge_their_summaries_into_one_run()
    {
        var driver = new AnalyzerDriver([new CorpusWordCounter("iRay")]);
        var first = driver.StartRun();
        var second = driver.StartRun();
        var a = Parse("a.txt", "iRay");
        first.Analyze(a);
        second.Analyze(Parse("b.txt", "iRay"));
        second.Analyze(Parse("c.txt", "iRay"));

        first.Merge(second);

        Assert.Equal("Seen in 3 articles.", Assert.Single(first.ReportCorpus(a)).Message);
    }

    [Fact]
    public void Two_passes_collect_first_then_analyse_without_counting_an_article_twice()
    {
        var driver = new AnalyzerDriver([new CorpusWordCounter("iRay"), new WordAnalyzer("iRay")]);
        var run = driver.StartRun();
        var paths = new[] { "a.txt", "b.txt", "c.txt" };

        Assert.Equal(["Test.Corpus"], run.CorpusRules.Select(d => d.Id));
        foreach (var path in paths)
        {
            Assert.Empty(run.Collect(Parse(path, "iRay"), _ => true));
        }

        var a = Parse("a.txt", "iRay");
        var found = run.Analyze(a, _ => true, collectCorpus: false);
        var corpus = run.ReportCorpus(a);

        Assert.Equal("Test.Word", Assert.Single(found).Id);
        Assert.Equal("Seen in 3 articles.", Assert.Single(corpus).Message);
    }

    [Fact]
    public void A_rule_whose_collection_throws_becomes_one_finding_and_counts_nothing()
    {
        var driver = new AnalyzerDriver([new ThrowingCorpusAnalyzer(), new CorpusWordCounter("iRay")]);
        var run = driver.StartRun();
        var a = Parse("a.txt", "iRay");

        var failures = run.Collect(a, _ => true);

        var failure = Assert.Single(failures);
        Assert.Equal(EngineDescriptors.RuleFailure.Id, failure.Id);
        Assert.Contains("Test.ThrowsOnCollect", failure.Message, StringComparison.Ordinal);
        Assert.Equal("Seen in 1 articles.", Assert.Single(run.ReportCorpus(a)).Message);
    }

    [Fact]
    public void Two_rules_with_one_id_are_refused() =>
        Assert.Throws<ArgumentException>(() => new AnalyzerDriver([new WordAnalyzer("a"), new WordAnalyzer("b")]));

    [Fact]
    public void Findings_come_out_in_position_then_rule_order()
    {
        var driver = new AnalyzerDriver([new WordAnalyzer("gaps", "Test.Z"), new WordAnalyzer("gaps", "Test.A")]);

        var ids = driver.Analyze(Parse("a.txt", "gaps and gaps")).Select(d => (d.Location.Span.Start, d.Id)).ToArray();

        Assert.Equal([(0, "Test.A"), (0, "Test.Z"), (9, "Test.A"), (9, "Test.Z")], ids);
    }

    [Fact]
    public void A_rule_left_out_for_an_article_neither_reports_on_it_nor_counts_it_in_the_corpus()
    {
        var driver = new AnalyzerDriver([new WordAnalyzer("iRay"), new CorpusWordCounter("iRay")]);
        var run = driver.StartRun();

        var a = Parse("a.txt", "iRay");
        var b = Parse("b.txt", "iRay");
        var first = run.Analyze(a, _ => false);
        var second = run.Analyze(b, _ => true);

        Assert.Empty(first);
        Assert.Single(second);
        Assert.Empty(run.ReportCorpus(a, _ => false));
        Assert.Equal("Seen in 1 articles.", Assert.Single(run.ReportCorpus(b)).Message);
    }

    private sealed class ThrowingAnalyzer() : Analyzer(Descriptor("Test.Throws"))
    {
        public override void Initialize(AnalysisContext context) =>
            context.RegisterSentenceAction(_ => throw new InvalidOperationException("boom"));
    }

    private sealed class ThrowingCorpusAnalyzer() : Analyzer(Descriptor("Test.ThrowsOnCollect"))
    {
        public override void Initialize(AnalysisContext context) => context.RegisterCorpusAction<List<string>>(
            _ => throw new InvalidOperationException("boom"),
            (a, b) => [.. a, .. b],
            _ => { });
    }

    private sealed class WordAnalyzer(string word, string id = "Test.Word") : Analyzer(Descriptor(id))
    {
        public override void Initialize(AnalysisContext context) => context.RegisterWordAction(c =>
        {
            if (c.Document.Text[c.Word.Span].SequenceEqual(word))
            {
                c.Report(c.Word.Span, $"Found {word}.");
            }
        });
    }

    private sealed class CountingAnalyzer() : Analyzer(Descriptor("Test.Count"))
    {
        public int Words;
        public int Sentences;
        public int Blocks;
        public int Documents;

        public override void Initialize(AnalysisContext context)
        {
            context.RegisterWordAction(_ => Words++);
            context.RegisterSentenceAction(_ => Sentences++);
            context.RegisterBlockAction(_ => Blocks++);
            context.RegisterDocumentAction(_ => Documents++);
        }
    }

    private sealed class CorpusWordCounter(string word) : Analyzer(Descriptor("Test.Corpus"))
    {
        public override void Initialize(AnalysisContext context) => context.RegisterCorpusAction(
            document => new List<string> { document.Path },
            (a, b) => [.. a, .. b],
            corpus =>
            {
                if (corpus.Document.Path == corpus.Summary.Order(StringComparer.Ordinal).First())
                {
                    corpus.Report(new TextSpan(0, word.Length), $"Seen in {corpus.Summary.Count} articles.");
                }
            });
    }
}
