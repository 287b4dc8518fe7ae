using Lint.Analysis;
using Lint.Rules.Loading;
using Lint.Syntax;
using Lint.Text;

namespace Lint.Rules.Tests.Vale;

/// <summary>
/// Vale's keys every rule may have, as its documentation describes them: <c>message</c> with <c>%s</c> and
/// Go's <c>%[1]s</c>, a <c>link</c> written as a block, the markup scopes (<c>heading.h1</c> to
/// <c>heading.h6</c>, <c>table.header</c>, <c>raw</c>...) with <c>~</c> negations, Vale's own <c>tests</c>,
/// and Vale 1's <c>pos</c>, which loads with a note.
/// </summary>
public class ValeCommonKeysTests
{
    private const string Page = "# Lint Guide\n\n## Using the tool\n\nThe tool reads Text.\n";

    [Fact]
    public void An_indexed_placeholder_takes_the_argument_it_names()
    {
        Assert.Equal("'boy' may be insensitive; 'boy' again.", MessageFormat.Format("'%[1]s' may be insensitive; '%[1]s' again.", "boy", "x"));
        Assert.Equal("b then c", MessageFormat.Format("%[2]s then %s", "a", "b", "c"));
        Assert.Equal(2, MessageFormat.CountPlaceholders("%[1]s and %s"));
    }

    [Fact]
    public void A_link_written_as_a_block_loads_without_its_line_break()
    {
        var rule = KindTester.Rule("extends: existence\nmessage: m\nlink: |\n  https://example.com/style\ntokens: [a]\n");

        Assert.Equal("https://example.com/style", rule.Definition.Link);
    }

    [Fact]
    public void Vale_tests_are_accepted_and_pos_loads_with_a_note()
    {
        const string Rule = """
            extends: substitution
            message: Use '%s'.
            pos: 'backend/NN'
            swap:
              backend: back end
            tests:
              - name: fires
                input: The backend is slow.
                want: "1:5:Test.Rule:Use 'back end'."
            """;

        var set = RuleLoader.Load([new RuleSource("Test/Rule.yml", "Test.Rule", Rule)]);

        Assert.Empty(set.Errors);
        Assert.Single(set.Rules);
        var note = Assert.Single(set.Notes);
        Assert.Equal(3, note.Line);
        Assert.Contains("'pos' filter is not used", note.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("heading", "Lint Guide|Using the tool")]
    [InlineData("heading.h1", "Lint Guide")]
    [InlineData("heading.h2", "Using the tool")]
    [InlineData("[heading, ~heading.h1]", "Using the tool")]
    [InlineData("[text, ~heading]", "Text")]
    [InlineData("raw", "Lint Guide|Using the tool|Text")]
    public void A_heading_scope_reads_the_headings_of_its_level(string scope, string expected)
    {
        var rule = KindTester.Rule($"extends: existence\nmessage: m\nscope: {scope}\ntokens: [Lint Guide, Using the tool, Text]\n");
        var document = Markdown(Page, ("Lint Guide", BlockKind.Heading), ("Using the tool", BlockKind.Heading), ("The tool reads Text.", BlockKind.Paragraph));

        var found = new AnalyzerDriver([rule.Analyzer]).Analyze(document).Select(d => Page.Substring(d.Location.Span.Start, d.Location.Span.Length));

        Assert.Equal(expected, string.Join('|', found));
    }

    [Theory]
    [InlineData("table.header")]
    [InlineData("table.cell")]
    [InlineData("figure.caption")]
    [InlineData("~heading.h3")]
    public void Every_markup_scope_Vale_documents_loads(string scope) =>
        Assert.Empty(RuleLoader.Load([new RuleSource("Test/Rule.yml", "Test.Rule", $"extends: existence\nmessage: m\nscope: {scope}\ntokens: [a]\n")]).Errors);

    [Fact]
    public void An_unknown_scope_is_an_error_naming_the_known_ones()
    {
        var error = Assert.Single(RuleLoader.Load([new RuleSource("Test/Rule.yml", "Test.Rule", "extends: existence\nmessage: m\nscope: heading.h7\ntokens: [a]\n")]).Errors);

        Assert.StartsWith("Unknown scope 'heading.h7'. Use one of:", error.Message, StringComparison.Ordinal);
        Assert.Contains("heading.h6", error.Message, StringComparison.Ordinal);
    }

    /// <summary>A Markdown page as the Markdown parser gives it: each block's span is its text, after any '#' marks.</summary>
    private static Document Markdown(string text, params (string Text, BlockKind Kind)[] blocks) =>
        new("page.md", new SourceText(text), [.. blocks.Select(b =>
        {
            var span = new TextSpan(text.IndexOf(b.Text, StringComparison.Ordinal), b.Text.Length);
            return ProseMask.CreateBlock(text, b.Kind, span, []);
        })]);
}
