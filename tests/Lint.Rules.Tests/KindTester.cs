using Lint.Analysis;
using Lint.Diagnostics;
using Lint.Rules.Loading;
using Lint.Syntax;
using Lint.Text;

namespace Lint.Rules.Tests;

/// <summary>Loads a rule from YAML text and runs it over articles, for kind tests.</summary>
internal static class KindTester
{
    public static LoadedRule Rule(string yaml)
    {
        var set = RuleLoader.Load([new RuleSource("Test/Rule.yml", "Test.Rule", yaml)]);
        Assert.Empty(set.Errors);
        return Assert.Single(set.Rules);
    }

    public static IReadOnlyList<Diagnostic> Run(string yaml, params (string Path, string Text)[] articles) => RunOn(null, yaml, articles);

    /// <summary>Runs a rule as a host does on <paramref name="today"/> (null: a host that gives no day).</summary>
    public static IReadOnlyList<Diagnostic> RunOn(DateOnly? today, string yaml, params (string Path, string Text)[] articles)
    {
        var run = new AnalyzerDriver([Rule(yaml).Analyzer]).StartRun(today);
        var parser = new PlainTextParser();
        var documents = articles.Select(a => parser.Parse(a.Path, new SourceText(a.Text))).ToList();
        var found = documents.SelectMany(d => run.Analyze(d)).ToList();
        found.AddRange(documents.SelectMany(d => run.ReportCorpus(d)));
        found.Sort(DiagnosticComparer.Instance);
        return found;
    }

    public static IReadOnlyList<Diagnostic> Run(string yaml, string text) => Run(yaml, ("a.txt", text));

    /// <summary>
    /// An editor's re-lints: one driver, kept across the <paramref name="versions"/> of a story as a running editor
    /// keeps it, must find in each version what a fresh run of the rule finds (places and messages). Returns each
    /// version's findings.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<Diagnostic>> Relint(string yaml, IEnumerable<string> versions)
    {
        var driver = new AnalyzerDriver([Rule(yaml).Analyzer]);
        var parser = new PlainTextParser();
        var all = new List<IReadOnlyList<Diagnostic>>();
        foreach (var text in versions)
        {
            var found = driver.Analyze(parser.Parse("a.txt", new SourceText(text)));
            Assert.Equal(Run(yaml, text).Select(d => (d.Location.Span, d.Message)), found.Select(d => (d.Location.Span, d.Message)));
            all.Add(found);
        }

        return all;
    }

    /// <summary>Runs a rule over one paragraph whose <paramref name="excluded"/> ranges are not prose, as a Markdown parser marks them.</summary>
    public static IReadOnlyList<Diagnostic> RunWithExcluded(string yaml, string text, params TextSpan[] excluded)
    {
        var block = ProseMask.CreateBlock(ProseMask.Apply(text, excluded), BlockKind.Paragraph, new TextSpan(0, text.Length), excluded);
        return new AnalyzerDriver([Rule(yaml).Analyzer]).Analyze(new Document("a.md", new SourceText(text), [block]));
    }

    /// <summary>The range of the first occurrence of <paramref name="part"/> in <paramref name="text"/>.</summary>
    public static TextSpan Range(string text, string part) => new(text.IndexOf(part, StringComparison.Ordinal), part.Length);

    public static string Flagged(string text, Diagnostic d) => text.Substring(d.Location.Span.Start, d.Location.Span.Length);
}
