using BenchmarkDotNet.Attributes;
using Lint.Language;
using Lint.Syntax;
using Lint.Text;

namespace Lint.Benchmarks;

/// <summary>What the language layer costs: loading the lexicon once per process, and tagging a 10 KB story.</summary>
[MemoryDiagnoser]
public class LanguageBenchmarks
{
    private string _text = null!;
    private Sentence[] _sentences = null!;

    [GlobalSetup]
    public void Setup()
    {
        _text = Seeds.Stories[3];
        _sentences = [.. new PlainTextParser().Parse("story.txt", new SourceText(_text)).Blocks.SelectMany(b => b.Sentences)];
        _ = Lexicon.Default;
    }

    [Benchmark]
    public Lexicon LoadLexicon() => Lexicon.Load();

    [Benchmark]
    public int TagTenKilobyteStory()
    {
        var count = 0;
        foreach (var sentence in _sentences)
        {
            count += Tagger.Tag(_text, sentence, Lexicon.Default).Count;
        }

        return count;
    }
}
