using BenchmarkDotNet.Attributes;
using Lint.Analysis;
using Lint.Syntax;
using Lint.Text;

namespace Lint.Benchmarks;

/// <summary>
/// The editor path: re-lint one 6 KB story in a warm process (parse, then every rule of the default pack,
/// corpus rules seeing just this story; the styles that are off by default, such as AP, do not run), as the language server does on each change. Target: 2 ms median.
/// Each call copies the text first, as an edit makes a new one (an article's literal search is kept while
/// its text lives).
/// </summary>
[MemoryDiagnoser]
public class EditorBenchmarks
{
    private readonly PlainTextParser _parser = new();
    private string _story = null!;
    private AnalyzerDriver _driver = null!;

    [GlobalSetup]
    public void Setup()
    {
        _story = Seeds.Stories[0];
        _driver = new AnalyzerDriver([.. Seeds.DefaultRules().Select(r => r.Analyzer)]);
    }

    [Benchmark]
    public int RelintSixKilobyteStory() => _driver.Analyze(_parser.Parse("story.txt", new SourceText(new string(_story)))).Count;
}
