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

    public static IReadOnlyList<Diagnostic> Run(string yaml, params (string Path, string Text)[] articles)
    {
        var run = new AnalyzerDriver([Rule(yaml).Analyzer]).StartRun();
        var parser = new PlainTextParser();
        var found = articles.SelectMany(a => run.Analyze(parser.Parse(a.Path, new SourceText(a.Text)))).ToList();
        found.AddRange(run.Complete());
        found.Sort(DiagnosticComparer.Instance);
        return found;
    }

    public static IReadOnlyList<Diagnostic> Run(string yaml, string text) => Run(yaml, ("a.txt", text));

    public static string Flagged(string text, Diagnostic d) => text.Substring(d.Location.Span.Start, d.Location.Span.Length);
}
