using Lint.Diagnostics;
using Lint.Suppression;
using Lint.Syntax;
using Lint.Text;

namespace Lint.Core.Tests.Suppression;

public class InlineSuppressionsTests
{
    private static readonly string[] Known = ["House.Gaps", "House.Very", "Other.Thing"];

    private static readonly DiagnosticDescriptor Gaps = new("House.Gaps", "g", "g", Severity.Warning);
    private static readonly DiagnosticDescriptor Very = new("House.Very", "v", "v", Severity.Warning);

    [Theory]
    [InlineData(" lint disable House.Gaps ", DirectiveKind.Disable, "House.Gaps")]
    [InlineData("lint enable House.Gaps, House.Very", DirectiveKind.Enable, "House.Gaps|House.Very")]
    [InlineData(" lint ignore ", DirectiveKind.Ignore, "")]
    public void Directives_are_read_from_comment_bodies(string body, DirectiveKind kind, string targets)
    {
        var directive = Directive.TryParse(new Comment(default, body));

        Assert.NotNull(directive);
        Assert.Equal(kind, directive.Kind);
        Assert.Equal(targets, string.Join('|', directive.Targets));
    }

    [Theory]
    [InlineData(" a note for the desk ")]
    [InlineData("linting disable X")]
    [InlineData("lint disabled X")]
    public void Other_comments_are_not_directives(string body) =>
        Assert.Null(Directive.TryParse(new Comment(default, body)));

    [Fact]
    public void Disable_and_enable_bracket_the_findings_they_suppress_by_rule_style_or_all()
    {
        // Blocks: 0..10, 20..30, 40..50, 60..70; comments between them.
        var document = Document(
            (12, " lint disable House.Gaps "),
            (32, " lint enable House.Gaps "),
            (52, " lint disable "));

        var result = InlineSuppressions.Apply(document, [At(Gaps, 5), At(Gaps, 25), At(Very, 25), At(Gaps, 45), At(Very, 65)], Known);

        Assert.Equal([false, true, false, false, true], result.Select(d => d.IsSuppressed));
    }

    [Fact]
    public void Ignore_suppresses_only_the_next_block()
    {
        var document = Document((12, " lint ignore House "));

        var result = InlineSuppressions.Apply(document, [At(Gaps, 5), At(Gaps, 25), At(Very, 28), At(Gaps, 45)], Known);

        Assert.Equal([false, true, true, false], result.Select(d => d.IsSuppressed));
    }

    [Fact]
    public void A_directive_naming_an_unknown_rule_gets_a_warning_at_the_comment()
    {
        var document = Document((12, " lint disable House.Gasp House.Gaps "));

        var result = InlineSuppressions.Apply(document, [At(Gaps, 25)], Known);

        var warning = Assert.Single(result, d => d.Id == EngineDescriptors.UnknownRule.Id);
        Assert.Equal(12, warning.Location.Span.Start);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("'House.Gasp'", warning.Message, StringComparison.Ordinal);
        Assert.True(Assert.Single(result, d => d.Id == Gaps.Id).IsSuppressed);
    }

    private static Document Document(params (int At, string Body)[] comments)
    {
        var text = new SourceText(new string('x', 80));
        var blocks = new[] { 0, 20, 40, 60 }.Select(s => new Block(BlockKind.Paragraph, new TextSpan(s, 10), [])).ToList();
        return new Document("a.md", text, blocks, comments.Select(c => new Comment(new TextSpan(c.At, 6), c.Body)).ToList());
    }

    private static Diagnostic At(DiagnosticDescriptor descriptor, int offset) =>
        new(descriptor, descriptor.DefaultSeverity, new Location("a.md", new TextSpan(offset, 1), default), "m");
}
