using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using Lint.Rules.Loading;
using Lint.Rules.Matching;
using Lint.Syntax;
using Lint.Text;
using YamlDotNet.RepresentationModel;

namespace Lint.Benchmarks;

/// <summary>
/// The multi-pattern matcher on every sentence of one 10 KB story, with the largest pattern list of the
/// default pack (the 133 swaps of Newsroom.SoundAlikes): <see cref="PatternSet"/> (literal prefilter, then
/// only the patterns whose literals occur) against the one alternation regex it replaced.
/// </summary>
[MemoryDiagnoser]
public class MatcherBenchmarks
{
    private string _text = null!;
    private TextSpan[] _sentences = null!;
    private PatternSet _set = null!;
    private Regex _alternation = null!;

    [GlobalSetup]
    public void Setup()
    {
        _text = Seeds.Stories[3];
        _sentences = [.. new PlainTextParser().Parse("story.txt", new SourceText(_text)).Blocks.SelectMany(b => b.Sentences).Select(s => s.Span)];
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(Seeds.Root, "rules", "Newsroom", "SoundAlikes.yml"))));
        var swap = (YamlMappingNode)((YamlMappingNode)stream.Documents[0].RootNode).Children[new YamlScalarNode("swap")];
        string[] patterns = [.. swap.Children.Keys.OfType<YamlScalarNode>().Select(k => RulePattern.WholeWord(k.Value!))];
        _set = new PatternSet(patterns, ignoreCase: true);
        _alternation = RulePattern.Compile(string.Join('|', patterns), ignoreCase: true);
    }

    [Benchmark]
    public int PatternSetOverSentences()
    {
        var count = 0;
        foreach (var sentence in _sentences)
        {
            count += _set.Matches(_text, sentence).Count();
        }

        return count;
    }

    [Benchmark(Baseline = true)]
    public int AlternationOverSentences()
    {
        var count = 0;
        foreach (var sentence in _sentences)
        {
            for (var m = _alternation.Match(_text, sentence.Start, sentence.Length); m.Success; m = m.NextMatch())
            {
                count++;
            }
        }

        return count;
    }
}
