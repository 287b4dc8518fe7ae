using Lint.Analysis;
using Lint.Rules.Loading;
using Lint.Syntax;
using Lint.Text;

namespace Lint.Rules.Tests.Vale.Spelling;

/// <summary>Loads a spelling rule with files in memory and runs it over a plain-text story.</summary>
internal static class SpellingRules
{
    public const string Header = "extends: spelling\nmessage: \"Did you really mean '%s'?\"\n";

    public static RuleSet Load(string yaml, Dictionary<string, string>? files = null, string? dictionaryPath = null) =>
        RuleLoader.Load([new RuleSource("styles/Test/Spelling.yml", "Test.Spelling", Header + yaml) { Files = new MemoryRuleFiles(files ?? [], dictionaryPath) }]);

    /// <summary>The words flagged, in order.</summary>
    public static IReadOnlyList<string> Flagged(string yaml, string story, Dictionary<string, string>? files = null, string? dictionaryPath = null)
    {
        var set = Load(yaml, files, dictionaryPath);
        Assert.Empty(set.Errors);
        var rule = Assert.Single(set.Rules);
        var document = new PlainTextParser().Parse("story.txt", new SourceText(story));
        return new AnalyzerDriver([rule.Analyzer]).Analyze(document)
            .Select(d => story.Substring(d.Location.Span.Start, d.Location.Span.Length))
            .ToList();
    }

    public static string Error(string yaml, Dictionary<string, string>? files = null)
    {
        var set = Load(yaml, files);
        Assert.Empty(set.Rules);
        return Assert.Single(set.Errors).ToString();
    }
}
