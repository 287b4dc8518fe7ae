using BenchmarkDotNet.Attributes;
using Lint.Analysis;
using Lint.Cli.Reporting;
using Lint.Cli.Running;
using Lint.Rules.Loading;
using Lint.Syntax;
using Lint.Text;
using Lint.Workspace.Input;

namespace Lint.Benchmarks;

/// <summary>
/// The hot paths of a lint run on one 10 KB seed story: parsing (blocks, sentences, words), the driver
/// with the full default pack, and the SARIF writer. Memory is measured too.
/// </summary>
[MemoryDiagnoser]
public class HotPathBenchmarks
{
    private readonly PlainTextParser _parser = new();
    private SourceText _story = null!;
    private AnalyzerDriver _driver = null!;
    private RuleSet _rules = null!;
    private LintResult _result = null!;

    [GlobalSetup]
    public void Setup()
    {
        _story = new SourceText(Seeds.Stories[3]);
        _rules = Seeds.LoadRules();
        _driver = new AnalyzerDriver(_rules.Analyzers);
        var articles = Seeds.Stories.Select((s, i) => new Article($"seed{i}.txt", ".txt", new SourceText(s))).ToList();
        _result = new Linter().Run(_rules, articles, [], CancellationToken.None);
    }

    [Benchmark]
    public Document Parse() => _parser.Parse("story.txt", _story);

    /// <summary>A fresh copy of the text each call, as a run reads new text (an article's literal search is kept while its text lives).</summary>
    [Benchmark]
    public int ParseAndAnalyzeWithFullPack() => _driver.Analyze(_parser.Parse("story.txt", new SourceText(new string(_story.Content)))).Count;

    [Benchmark]
    public void WriteSarif() => new SarifReporter().Write(_result, Stream.Null);
}
