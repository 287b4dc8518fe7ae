using BenchmarkDotNet.Attributes;
using Lint.Analysis;
using Lint.Syntax;
using Lint.Text;

namespace Lint.Benchmarks;

/// <summary>
/// The profile by rule: each rule of the default pack alone over the five seed stories (33 KB), corpus
/// rules reporting into each. Where the full pack's time goes, rule by rule. Each call parses fresh copies
/// of the stories (as a run reads new text), since an article's literal search is kept while its text
/// lives; parsing them is about 0.2 ms of each figure (see <see cref="HotPathBenchmarks.Parse"/>).
/// </summary>
[MemoryDiagnoser]
public class RuleBenchmarks
{
    private readonly PlainTextParser _parser = new();
    private AnalyzerDriver _driver = null!;

    public static IEnumerable<string> RuleIds() =>
        Seeds.LoadRules().Rules.Select(r => r.Definition.Id);

    [ParamsSource(nameof(RuleIds))]
    public string Rule { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var rules = Seeds.LoadRules();
        _driver = new AnalyzerDriver([rules.Rules.Single(r => r.Definition.Id == Rule).Analyzer]);
    }

    [Benchmark]
    public int OverTheSeeds()
    {
        var stories = Parse();
        var run = _driver.StartRun();
        var count = 0;
        foreach (var story in stories)
        {
            count += run.Analyze(story).Count;
        }

        foreach (var story in stories)
        {
            count += run.ReportCorpus(story).Count;
        }

        return count;
    }

    private Document[] Parse() => [.. Seeds.Stories.Select((s, i) => _parser.Parse($"seed{i}.txt", new SourceText(new string(s))))];
}
