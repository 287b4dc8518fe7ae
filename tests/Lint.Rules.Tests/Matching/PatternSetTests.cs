using System.Text.RegularExpressions;
using Lint.Rules.Loading;
using Lint.Rules.Matching;
using Lint.Syntax;
using Lint.Text;
using YamlDotNet.RepresentationModel;

namespace Lint.Rules.Tests.Matching;

public class PatternSetTests
{
    [Fact]
    public void The_leftmost_match_wins_then_the_pattern_listed_first()
    {
        var set = new PatternSet(["b", "ab", "a"], ignoreCase: false);

        var matches = set.Matches("xab ab", new TextSpan(0, 6)).Select(m => (m.Pattern, m.Index, m.Value)).ToList();

        Assert.Equal([(1, 1, "ab"), (1, 4, "ab")], matches);
    }

    [Fact]
    public void The_search_goes_on_from_the_end_of_a_match()
    {
        var set = new PatternSet(["aa", "a"], ignoreCase: false);

        Assert.Equal([0, 2], set.Matches("aaa", new TextSpan(0, 3)).Select(m => m.Index));
    }

    [Fact]
    public void The_span_is_searched_as_the_whole_text()
    {
        var atStart = new PatternSet(["^said"], ignoreCase: false);
        var afterOfficials = new PatternSet(["(?<=\\bofficials )said"], ignoreCase: false);
        const string text = "officials said. said";

        Assert.Equal([10], atStart.Matches(text, new TextSpan(10, 4)).Select(m => m.Index));
        Assert.Empty(atStart.Matches(text, new TextSpan(0, 14)));
        Assert.Empty(afterOfficials.Matches(text, new TextSpan(10, 4)));
        Assert.Equal([10], afterOfficials.Matches(text, new TextSpan(0, 14)).Select(m => m.Index));
    }

    [Fact]
    public void A_paragraph_that_comes_back_in_later_articles_gives_the_same_matches_where_it_now_is()
    {
        var set = new PatternSet(["(?<who>officials?) said", "^Two"], ignoreCase: true);
        const string paragraph = "Two officials said so. One official said no.";
        var found = new List<List<(int, int, string, string)>>();

        // An editor's re-lints: the paragraph first, then after other text, then moved again.
        foreach (var before in new[] { "", "New lede.\n", "A longer new lede.\n" })
        {
            var text = string.Concat(before, paragraph, "\nOfficials said more.");
            var span = new TextSpan(before.Length, paragraph.Length);
            found.Add([.. set.Matches(text, span).Select(m => (m.Pattern, m.Index - before.Length, m.Value, m.Match.Groups["who"].Value))]);
        }

        List<(int, int, string, string)> expected = [(1, 0, "Two", ""), (0, 4, "officials said", "officials"), (0, 27, "official said", "official")];
        Assert.All(found, f => Assert.Equal(expected, f));
    }

    [Fact]
    public void A_search_stopped_early_is_not_kept_short()
    {
        var set = new PatternSet(["said"], ignoreCase: false);
        const string paragraph = "He said it and she said it.";

        for (var i = 0; i < 3; i++)
        {
            Assert.Single(set.Matches(new string(paragraph), new TextSpan(0, paragraph.Length)).Take(1));
        }

        for (var i = 0; i < 2; i++)
        {
            Assert.Equal([3, 19], set.Matches(new string(paragraph), new TextSpan(0, paragraph.Length)).Select(m => m.Index));
        }
    }

    [Fact]
    public void Groups_of_the_pattern_that_matched_are_there()
    {
        var set = new PatternSet(["(?<who>officials?) said"], ignoreCase: true);

        var match = Assert.Single(set.Matches("Two Officials said so.", new TextSpan(0, 22)));

        Assert.Equal("Officials", match.Match.Groups["who"].Value);
        Assert.Equal(new TextSpan(4, 14), match.Span);
    }

    [Fact]
    public void A_letter_that_only_the_regex_folds_to_ASCII_still_matches()
    {
        // U+212A KELVIN SIGN is "k" to a case-insensitive regex, not to an ordinal search.
        var set = new PatternSet(["kiev"], ignoreCase: true);

        Assert.Single(set.Matches("\u212Aiev", new TextSpan(0, 4)));
    }

    [Fact]
    public void Sets_sharing_a_catalog_each_find_their_own_patterns_after_one_search()
    {
        var catalog = new LiteralCatalog();
        var verbs = new PatternSet(["claimed", "admitted"], ignoreCase: true, catalog);
        var typos = new PatternSet(["filing(?= critical gaps)"], ignoreCase: true, catalog);
        const string text = "Officials admitted they were filing critical gaps, he claimed.";
        var all = new TextSpan(0, text.Length);

        Assert.Equal(["admitted", "claimed"], verbs.Matches(text, all).Select(m => m.Value));
        Assert.Equal(["filing"], typos.Matches(text, all).Select(m => m.Value));
        Assert.Empty(verbs.Matches(text, new TextSpan(0, 14)));
        Assert.Throws<InvalidOperationException>(() => new PatternSet(["late"], ignoreCase: true, catalog));
    }

    [Fact]
    public void A_span_is_searched_for_literals_in_its_own_lines_whatever_was_asked_before()
    {
        var set = new PatternSet(["police said", "(?<=the )mayor", "\\bsaid\\b(?= on)", "\u212Aelvin"], ignoreCase: true);
        const string text = "The mayor said on Monday.\nPolice said more. Police\nsaid less.\nKelvin and the \u212Aelvin sign; the mayor said on.";
        var alternation = new Regex("police said|(?<=the )mayor|\\bsaid\\b(?= on)|\u212Aelvin", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        var lines = text.Split('\n');
        var second = lines[0].Length + 1;
        var third = second + lines[1].Length + 1;
        var fourth = third + lines[2].Length + 1;

        // Asked in an order a story is not read in: a middle line, a span across two lines, a sentence
        // inside a line, part of the last line, then the whole text.
        TextSpan[] spans = [new(second, lines[1].Length), TextSpan.FromBounds(second + 18, third + 4), new(second, 17), new(fourth + 10, 30), new(0, text.Length)];
        foreach (var span in spans)
        {
            var slice = text.Substring(span.Start, span.Length);
            var expected = alternation.Matches(slice).Select(m => (span.Start + m.Index, m.Value)).ToList();
            Assert.Equal(expected, set.Matches(text, span).Select(m => (m.Index, m.Value)).ToList());
        }
    }

    [Fact]
    public void An_edited_paragraph_gives_its_new_matches_and_every_other_paragraph_its_own()
    {
        string[] patterns = ["(?<who>officials?) said", "according to (?:a |an )?\\w+", "^Two"];
        var kept = new PatternSet(patterns, ignoreCase: true);
        string[] story = ["Two officials said so.", "According to a memo, it was late.", "One official said no.", "It rained."];

        // An editor's re-lints: each time one paragraph changes (and loses or gains a match) and the rest
        // come back, some of them searched by a rule that stops at the first match.
        string[] edits = ["Two officials declined.", "According to him, it was late.", "One official said no, officials said yes.", "It rained, according to an almanac."];
        for (var run = 0; run < edits.Length * 2; run++)
        {
            var paragraphs = story.ToArray();
            paragraphs[run % edits.Length] = run < edits.Length ? edits[run] : story[run % edits.Length];
            var text = string.Join("\n", paragraphs);
            var fresh = new PatternSet(patterns, ignoreCase: true);
            var start = 0;
            foreach (var paragraph in paragraphs)
            {
                var span = new TextSpan(start, paragraph.Length);
                _ = kept.Matches(text, span).Any();
                Assert.Equal(
                    fresh.Matches(text, span).Select(m => (m.Pattern, m.Index, m.Value, m.Match.Groups["who"].Value)).ToList(),
                    kept.Matches(text, span).Select(m => (m.Pattern, m.Index, m.Value, m.Match.Groups["who"].Value)).ToList());
                start += paragraph.Length + 1;
            }
        }
    }

    /// <summary>
    /// The prefilter may only skip work: on the seed stories and the test corpus, every pattern list of the
    /// default rules finds exactly what the one alternation "p1|p2|..." finds, in the same order.
    /// </summary>
    [Fact]
    public void Every_pattern_list_of_the_default_rules_finds_what_the_alternation_finds()
    {
        var texts = Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "seeds"))
            .Concat(Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "tests", "Corpus"), "*.txt"))
            .Select(File.ReadAllText)
            .Append("It\u2019s own horde of reporters. The principle investigator, struck by lightening, said: \u212Aiev's its been.")
            .ToList();
        var lists = PatternLists().ToList();
        Assert.True(lists.Count >= 10, $"only {lists.Count} pattern lists found");
        var compared = 0;
        foreach (var (rule, patterns, ignoreCase) in lists)
        {
            var set = new PatternSet(patterns, ignoreCase);
            var alternation = new Regex(string.Join('|', patterns.Select((p, i) => $"(?<p{i}>{p})")), RulePattern.Options(ignoreCase));
            foreach (var text in texts)
            {
                var document = new PlainTextParser().Parse("t.txt", new SourceText(text));
                foreach (var span in document.Blocks.SelectMany(b => b.Sentences.Select(s => s.Span).Prepend(b.Span)))
                {
                    var expected = new List<(int, int, int)>();
                    for (var m = alternation.Match(text, span.Start, span.Length); m.Success; m = m.NextMatch())
                    {
                        expected.Add((Enumerable.Range(0, patterns.Count).First(i => m.Groups[$"p{i}"].Success), m.Index, m.Length));
                    }

                    var actual = set.Matches(text, span).Select(m => (m.Pattern, m.Index, m.Length)).ToList();
                    Assert.True(expected.SequenceEqual(actual), $"{rule}: the set found {string.Join(", ", actual)} where the alternation found {string.Join(", ", expected)} in '{text.Substring(span.Start, span.Length)}'");
                    compared += expected.Count;
                }
            }
        }

        Assert.True(compared > 100, $"only {compared} matches compared");
    }

    /// <summary>Each list of patterns in the default rules (swap keys, tokens, sources, cues, claims), bound to whole words as the kinds bind them.</summary>
    private static IEnumerable<(string Rule, IReadOnlyList<string> Patterns, bool IgnoreCase)> PatternLists()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "rules"), "*.yml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(File.ReadAllText(file)));
            var root = (YamlMappingNode)stream.Documents[0].RootNode;
            string? Scalar(string key) => root.Children.TryGetValue(new YamlScalarNode(key), out var node) ? (node as YamlScalarNode)?.Value : null;
            var kind = Scalar("extends");
            var ignoreCase = Scalar("ignorecase") == "true";
            var nonWord = Scalar("nonword") == "true";
            string Bind(string p) => nonWord ? p : RulePattern.WholeWord(p);
            IEnumerable<(string, IReadOnlyList<string>, bool)> List(string key, YamlNode? node) =>
                node is YamlSequenceNode sequence && sequence.Children.Count > 1
                    ? [($"{Path.GetFileName(file)} {key}", [.. sequence.Children.OfType<YamlScalarNode>().Select(s => Bind(s.Value!))], ignoreCase)]
                    : [];
            YamlNode? Node(string key) => root.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;
            var found = kind switch
            {
                "substitution" when Node("swap") is YamlMappingNode swap =>
                    [($"{Path.GetFileName(file)} swap", [.. swap.Children.Keys.OfType<YamlScalarNode>().Select(k => Bind(k.Value!))], ignoreCase)],
                "existence" when Node("raw") is null => List("tokens", Node("tokens")),
                "anonymity" => List("sources", Node("sources")).Concat(List("reasons", Node("reasons"))).Concat(List("described", Node("described"))),
                "attribution" => List("cues", Node("cues")).Concat(Node("claims") is YamlMappingNode claims
                    ? claims.Children.SelectMany(c => List($"claims {c.Key}", c.Value))
                    : []),
                _ => [],
            };
            foreach (var list in found)
            {
                yield return list;
            }
        }
    }
}
