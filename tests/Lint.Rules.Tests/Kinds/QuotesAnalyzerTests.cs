using Lint.Analysis;
using Lint.Diagnostics;
using Lint.Fixes;
using Lint.Rules.Loading;
using Lint.Syntax;
using Lint.Text;

namespace Lint.Rules.Tests.Kinds;

/// <summary>The <c>quotes</c> kind: double quotes pair up within a paragraph, and nothing else is counted.</summary>
public sealed class QuotesAnalyzerTests
{
    private const string Rule = """
        extends: quotes
        message: "Quote marks do not pair up: %s."
        level: error
        pairs:
          - "“”"
          - '""'
          - "“\""
          - "\"”"
          - "«»"
        """;

    [Fact]
    public void QuoteThatRunsOnIntoTheNextParagraphIsFine()
    {
        var text = "“The first thing you learn is that the river does not care about you.\n\n“The second thing is that it will outlast you,” she said.\n";

        Assert.Empty(Analyze(text));
    }

    [Fact]
    public void QuoteLeftOpenBeforeNarrationIsFlaggedAtItsOpeningMark()
    {
        var text = "“Being a bad judge is not a crime,” Amari said. “If it were, half of us would be in prison.\n\nAmari said he would appeal.\n";

        var finding = Assert.Single(Analyze(text));

        Assert.Equal(new TextSpan(text.IndexOf("“If", StringComparison.Ordinal), 1), finding.Location.Span);
        Assert.Contains("never closed", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void QuoteLeftOpenInTheLastParagraphIsFlagged()
    {
        var text = "Reid said Saraiva \"can play anywhere across the front three.\n";

        var finding = Assert.Single(Analyze(text));

        Assert.Equal(new TextSpan(text.IndexOf('"'), 1), finding.Location.Span);
    }

    [Theory]
    [InlineData("Russia’s war effort has grown since the ’90s, officials said.")]
    [InlineData("The band played rock ’n’ roll until 2 a.m. at the Rock 'n' Roll Hall.")]
    [InlineData("“He told me, ‘We’re done here,’ and walked out,” she said.")]
    [InlineData("\"She called it 'a disgrace,'\" the mayor's aide said.")]
    [InlineData("The governors' offices said the states’ share was unchanged.")]
    public void ApostrophesAndSingleQuotesAreNotCounted(string text) => Assert.Empty(Analyze(text));

    [Fact]
    public void DoubleQuoteInsideDoubleQuoteIsFlaggedOnce()
    {
        var text = "“He told me “get out now” and hung up,” she said.";

        var finding = Assert.Single(Analyze(text));

        Assert.Equal(new TextSpan(text.IndexOf("“get", StringComparison.Ordinal), 1), finding.Location.Span);
        Assert.Contains("single quotes", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NewQuoteOpenedBeforeTheFirstClosesIsFlaggedOnce()
    {
        var text = "“Our view is that China must stop helping. “Russia would struggle without it,” the official said.";

        var finding = Assert.Single(Analyze(text));

        Assert.Equal(text.IndexOf("“Russia", StringComparison.Ordinal), finding.Location.Span.Start);
    }

    [Fact]
    public void GuillemetClosingAnEnglishQuoteIsFlaggedWithAFix()
    {
        var text = "“As a result, Russia is rebuilding faster than we thought. » A second official agreed.";

        var finding = Assert.Single(Analyze(text));

        Assert.Equal(new TextSpan(text.IndexOf('»'), 1), finding.Location.Span);
        Assert.Contains("another quote style", finding.Message, StringComparison.Ordinal);
        Assert.Equal("“As a result, Russia is rebuilding faster than we thought.” A second official agreed.", ApplyFixes(text));
    }

    [Fact]
    public void EnglishCloserEndingAGuillemetQuoteIsFlagged()
    {
        var text = "Le ministre a parlé d’une « situation très grave” mardi.";

        var finding = Assert.Single(Analyze(text));

        Assert.Equal(text.IndexOf('”'), finding.Location.Span.Start);
    }

    [Theory]
    [InlineData("Le ministre a parlé d’une « situation très grave » mardi.")]
    [InlineData("Le ministre a parlé d’une « situation “très grave” » mardi.")]
    public void GuillemetsThatPairUpAreFine(string text) => Assert.Empty(Analyze(text));

    [Fact]
    public void CloserWithNoOpenerIsFlagged()
    {
        var text = "The union called the offer a “last, best and final” proposal” on Tuesday.";

        var finding = Assert.Single(Analyze(text));

        Assert.Equal(text.LastIndexOf('”'), finding.Location.Span.Start);
    }

    [Theory]
    [InlineData("\"We were told to leave by noon,\" she said. \"Nobody argued.\"")]
    [InlineData("\"The council didn't listen,\" said Ferraro. \"It's our water.\"")]
    [InlineData("She called the plan \"dead on arrival\".")]
    [InlineData("The plant uses 6\" pipes and 12\" valves.")]
    public void StraightQuotesAlternate(string text) => Assert.Empty(Analyze(text));

    [Fact]
    public void ClosingMarkWrittenAtTheStartOfAQuoteIsFlaggedWithAFix()
    {
        var text = "”We are not going anywhere,” she said.";

        var finding = Assert.Single(Analyze(text));

        Assert.Equal(new TextSpan(0, 1), finding.Location.Span);
        Assert.Equal("“We are not going anywhere,” she said.", ApplyFixes(text));
    }

    [Fact]
    public void CrlfParagraphsKeepTheirSpansAndLines()
    {
        var text = "Headline here\r\n\r\n“The river does not care about you.\r\n\r\n“It will outlast you,” she said.\r\n\r\nShe said \"we will rebuild.\r\n\r\nThe town voted Tuesday.\r\n";

        var finding = Assert.Single(Analyze(text));

        Assert.Equal(new TextSpan(text.IndexOf('"'), 1), finding.Location.Span);
        Assert.Equal(new LinePosition(6, 9), finding.Location.LineSpan.Start);
    }

    [Fact]
    public void PairsThatAreNotTwoMarksAreAnErrorAtTheirLine()
    {
        var errors = new RuleErrors("rules/Test/Quotes.yml");
        var rule = RuleLoader.LoadOne(new RuleSource(errors.Path, "Test.Quotes", "extends: quotes\nmessage: \"%s\"\npairs:\n  - \"“”\"\n  - \"<<>>\"\n"), errors);

        Assert.Null(rule);
        var error = Assert.Single(errors.All);
        Assert.Equal(5, error.Line);
    }

    [Theory]
    [InlineData("“Our students work two jobs, Dean Osei said. “We ask them to work a third.”", "“Our students work two jobs,", "“Our students work two jobs,” Dean Osei said. “We ask them to work a third.”")]
    [InlineData("\"The warrant was drafted for one phone, she told the court. \"The state cannot fix that.\"", "\"The warrant was drafted for one phone,", "\"The warrant was drafted for one phone,\" she told the court. \"The state cannot fix that.\"")]
    [InlineData("“She is a fighter, her father, Leo Marsh, said in a statement. “She will play again.”", "“She is a fighter,", "“She is a fighter,” her father, Leo Marsh, said in a statement. “She will play again.”")]
    [InlineData("“Every hour feels like a week,' said Ana Ruiz, a parent. “This changes everything.”", "“Every hour feels like a week,'", "“Every hour feels like a week,” said Ana Ruiz, a parent. “This changes everything.”")]
    public void QuoteRunningIntoItsSpeechTagIsFlaggedFromItsOpenerToTheComma(string text, string flagged, string fixedText)
    {
        var finding = Assert.Single(Analyze(text, TagRule));

        Assert.Equal(flagged, Flagged(text, finding));
        Assert.Equal(fixedText, FixApplier.Apply(new SourceText(text), [finding]).Content);
    }

    [Fact]
    public void QuoteLeftOpenBeforeItsTagIsFlaggedEvenWhenTheNextParagraphOpensAQuote()
    {
        var text = "“We lost everything, Ruiz said.\n\n“Then we rebuilt,” she added.";

        var finding = Assert.Single(Analyze(text, TagRule));

        Assert.Equal("“We lost everything,", Flagged(text, finding));
    }

    [Theory]
    [InlineData("“I told him, you said you would come, and he left.\n\n“He never came,” she said.")]
    [InlineData("“The council said it would act. Nobody believed it.\n\n“We had heard that before,” he said.")]
    [InlineData("“Our view is that China must stop, as the minister said. “Russia would struggle,” the official said.")]
    public void SpeechInsideAQuoteIsNotATag(string text) =>
        Assert.DoesNotContain(Analyze(text, TagRule), d => d.Message.Contains("who spoke", StringComparison.Ordinal));

    [Theory]
    [InlineData("“The manager told us, ‘Buy a heater,” she said.", "‘Buy a heater,", "“The manager told us, ‘Buy a heater,’” she said.")]
    [InlineData("\"He said, 'Go home,\" Ruiz said.", "'Go home,", "\"He said, 'Go home,'\" Ruiz said.")]
    public void InnerQuoteLeftOpenIsFlaggedWithTheMarkAddedBeforeTheClose(string text, string flagged, string fixedText)
    {
        var finding = Assert.Single(Analyze(text, TagRule));

        Assert.Equal(flagged, Flagged(text, finding));
        Assert.Equal(fixedText, FixApplier.Apply(new SourceText(text), [finding]).Content);
    }

    [Theory]
    [InlineData("“We danced ‘til two o’clock in the ‘90s and I’ve never stopped,” she said.")]
    [InlineData("“He sang rock ’n’ roll in Hawai‘i,” she said.")]
    [InlineData("“She told me, ‘We’re done,’ and left,” he said.")]
    [InlineData("‘Grandson’ scam returns, police warn")]
    public void ApostrophesAndClosedInnerQuotesAreFine(string text) => Assert.Empty(Analyze(text, TagRule));

    [Fact]
    public void StraightMarkClosingACurlyQuoteIsFlaggedWhenThePairIsNotListed()
    {
        var text = "“It was a gamble,\" she said.";

        var finding = Assert.Single(Analyze(text, TagRule));

        Assert.Equal("\"", Flagged(text, finding));
        Assert.Equal("“It was a gamble,” she said.", FixApplier.Apply(new SourceText(text), [finding]).Content);
    }

    private const string TagRule = """
        extends: quotes
        message: "%s"
        pairs: ["“”", '""', "«»"]
        verbs: [said, told, added]
        """;

    private static string Flagged(string text, Diagnostic d) => text.Substring(d.Location.Span.Start, d.Location.Span.Length);

    private static IReadOnlyList<Diagnostic> Analyze(string text, string yaml = Rule)
    {
        var errors = new RuleErrors("rules/Test/Quotes.yml");
        var rule = RuleLoader.LoadOne(new RuleSource(errors.Path, "Test.Quotes", yaml), errors);
        Assert.Empty(errors.All);
        var document = new PlainTextParser().Parse("story.txt", new SourceText(text));
        return new AnalyzerDriver([rule!.Analyzer]).Analyze(document);
    }

    private static string ApplyFixes(string text) => FixApplier.Apply(new SourceText(text), Analyze(text)).Content;
}
