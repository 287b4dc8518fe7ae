using BenchmarkDotNet.Attributes;
using Lint.Syntax;
using Lint.Text;

namespace Lint.Benchmarks;

/// <summary>The pieces of parsing on one 10 KB seed story: paragraphs into sentences, sentences into words.</summary>
[MemoryDiagnoser]
public class TextBenchmarks
{
    private string _text = null!;
    private Document _document = null!;

    [GlobalSetup]
    public void Setup()
    {
        _text = Seeds.Stories[3];
        _document = new PlainTextParser().Parse("story.txt", new SourceText(_text));
    }

    [Benchmark]
    public int SplitSentences()
    {
        var count = 0;
        foreach (var block in _document.Blocks)
        {
            count += SentenceSplitter.Split(_text, block.Span).Count;
        }

        return count;
    }

    [Benchmark]
    public int TokenizeWords()
    {
        var count = 0;
        foreach (var sentence in _document.Blocks.SelectMany(b => b.Sentences))
        {
            count += WordTokenizer.Tokenize(_text, sentence.Span).Count;
        }

        return count;
    }
}
