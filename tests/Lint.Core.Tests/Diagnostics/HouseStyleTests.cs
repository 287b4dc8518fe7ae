using Lint.Analysis;
using Lint.Diagnostics;
using Lint.Syntax;
using Lint.Text;

namespace Lint.Core.Tests.Diagnostics;

public class HouseStyleTests
{
    private static readonly PlainTextParser Parser = new();

    [Fact]
    public void A_pack_fix_that_the_house_style_flags_is_withdrawn()
    {
        // The pack says "health care"; the newsroom writes "healthcare".
        var document = Parser.Parse("a.txt", new SourceText("The clinic expanded its healthcare staff.\n\nIts health care budget grew."));
        var pack = new PhraseAnalyzer("Pack.HealthCare", "healthcare", "health care");
        var house = new PhraseAnalyzer("House.Healthcare", "health care", "healthcare");
        var found = new AnalyzerDriver([pack, house]).Analyze(document);
        Assert.Equal(["House.Healthcare", "Pack.HealthCare"], found.Select(d => d.Id).Order());

        var kept = new HouseStyle(new AnalyzerDriver([house])).Apply(document, found).ToList();

        var only = Assert.Single(kept);
        Assert.Equal("House.Healthcare", only.Id);
        Assert.Equal("health care", document.Text.ToString(only.Location.Span));
    }

    [Fact]
    public void Pack_findings_the_house_style_does_not_contradict_stay()
    {
        var document = Parser.Parse("a.txt", new SourceText("The council voted on the healthcare plan. It was a a close vote."));
        var repeated = new PhraseAnalyzer("Pack.Repeated", "a a", "a");
        var noFix = new PhraseAnalyzer("Pack.Council", "council", null);
        var house = new PhraseAnalyzer("House.Healthcare", "health care", "healthcare");
        var found = new AnalyzerDriver([repeated, noFix, house]).Analyze(document);

        var kept = new HouseStyle(new AnalyzerDriver([house])).Apply(document, found).ToList();

        Assert.Equal(["Pack.Council", "Pack.Repeated"], kept.Select(d => d.Id).Order());
    }

    [Fact]
    public void Without_house_rules_nothing_is_withdrawn()
    {
        var document = Parser.Parse("a.txt", new SourceText("Its healthcare budget grew."));
        var found = new AnalyzerDriver([new PhraseAnalyzer("Pack.HealthCare", "healthcare", "health care")]).Analyze(document);

        Assert.Single(new HouseStyle(new AnalyzerDriver([])).Apply(document, found));
    }

    /// <summary>Flags each occurrence of a phrase, with a fix to the replacement when there is one.</summary>
    private sealed class PhraseAnalyzer(string id, string phrase, string? replacement) : Analyzer(new DiagnosticDescriptor(id, id, id, Severity.Warning))
    {
        public override void Initialize(AnalysisContext context) => context.RegisterBlockAction(c =>
        {
            var text = c.Document.Text.Content;
            for (var at = text.IndexOf(phrase, c.Block.Span.Start, c.Block.Span.Length, StringComparison.Ordinal); at >= 0;
                 at = text.IndexOf(phrase, at + 1, c.Block.Span.End - at - 1, StringComparison.Ordinal))
            {
                var span = new TextSpan(at, phrase.Length);
                c.Report(span, $"Write '{replacement}'.", replacement is null ? null : new Fix("Replace", [new TextEdit(span, replacement)]));
            }
        });
    }
}
