using Lint.Analysis;
using Lint.Rules.Loading;
using Lint.Syntax;
using Lint.Text;

namespace Lint.Rules.Tests;

/// <summary>Loads a rule from YAML text and runs it over a plain-text article, for tests that read like the rule files.</summary>
internal static class RuleHarness
{
    public static LoadedRule Load(string yaml)
    {
        var errors = new RuleErrors("Test/Rule.yml");
        var rule = RuleLoader.LoadOne(new RuleSource("Test/Rule.yml", "Test.Rule", yaml), errors);
        Assert.True(rule is not null, string.Join(Environment.NewLine, errors.All));
        return rule;
    }

    public static IReadOnlyList<string> Errors(string yaml)
    {
        var errors = new RuleErrors("Test/Rule.yml");
        RuleLoader.LoadOne(new RuleSource("Test/Rule.yml", "Test.Rule", yaml), errors);
        return errors.All.Select(e => e.Message).ToList();
    }

    /// <summary>The text of each finding, in order.</summary>
    public static IReadOnlyList<string> Flagged(LoadedRule rule, string article)
    {
        var document = new PlainTextParser().Parse("story.txt", new SourceText(article));
        return new AnalyzerDriver([rule.Analyzer]).Analyze(document)
            .Select(d => article.Substring(d.Location.Span.Start, d.Location.Span.Length))
            .ToList();
    }

    public static IReadOnlyList<string> Messages(LoadedRule rule, string article)
    {
        var document = new PlainTextParser().Parse("story.txt", new SourceText(article));
        return new AnalyzerDriver([rule.Analyzer]).Analyze(document).Select(d => d.Message).ToList();
    }
}
