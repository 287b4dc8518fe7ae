using BenchmarkDotNet.Attributes;
using Lint.Language.Spelling;
using Lint.Syntax;
using Lint.Text;

namespace Lint.Benchmarks;

/// <summary>What a spelling rule costs: loading the shipped en_US dictionary (once per process, on first use), and looking up every word of a 10 KB story.</summary>
[MemoryDiagnoser]
public class SpellingBenchmarks
{
    private string[] _words = null!;

    [GlobalSetup]
    public void Setup()
    {
        var text = Seeds.Stories[3];
        _words = [.. new PlainTextParser().Parse("story.txt", new SourceText(text)).Blocks
            .SelectMany(b => b.Sentences).SelectMany(s => s.Words).Select(w => text.Substring(w.Span.Start, w.Span.Length))];
        _ = DefaultDictionary.Value;
    }

    [Benchmark]
    public HunspellDictionary LoadDefaultDictionary() => DefaultDictionary.Load();

    [Benchmark]
    public int CheckTenKilobyteStory()
    {
        var wrong = 0;
        foreach (var word in _words)
        {
            wrong += DefaultDictionary.Value.Contains(word) ? 0 : 1;
        }

        return wrong;
    }
}
