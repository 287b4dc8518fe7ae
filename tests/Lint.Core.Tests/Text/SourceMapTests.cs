using Lint.Diagnostics;
using Lint.Text;

namespace Lint.Core.Tests.Text;

public class SourceMapTests
{
    // Source "AT&amp;T <b>x</b>" decoded to "AT&T x": the '&' stands for five source characters.
    private static readonly SourceText Source = new("AT&amp;T <b>x</b>");
    private static readonly SourceMap Map = new(Source, [0, 1, 2, 7, 8, 12], [1, 2, 7, 8, 9, 13], t => t.Replace("&", "&amp;", StringComparison.Ordinal));

    [Fact]
    public void A_span_over_an_entity_covers_the_whole_entity_in_the_source()
    {
        Assert.Equal(new TextSpan(0, 8), Map.ToSource(new TextSpan(0, 4)));
        Assert.Equal(new TextSpan(2, 5), Map.ToSource(new TextSpan(2, 1)));
        Assert.Equal(new TextSpan(12, 0), Map.ToSource(new TextSpan(5, 0)));
        Assert.Equal(new TextSpan(13, 0), Map.ToSource(new TextSpan(6, 0)));
    }

    [Fact]
    public void A_span_is_contiguous_only_when_no_markup_lies_between_its_characters()
    {
        Assert.True(Map.IsContiguous(new TextSpan(0, 4)));
        Assert.False(Map.IsContiguous(new TextSpan(3, 3)));
    }

    [Fact]
    public void A_finding_moves_to_the_source_with_its_fix_encoded_and_a_fix_across_markup_is_dropped()
    {
        var descriptor = new DiagnosticDescriptor("T.R", "t", "d", Severity.Warning);
        var derived = new SourceText("AT&T x");
        Diagnostic Finding(TextSpan span, string replacement) =>
            new(descriptor, Severity.Warning, new Location("a.html", span, derived.GetLinePositionSpan(span)), "m", new Fix("f", [new TextEdit(span, replacement)]));

        var mapped = SourceMapping.ToSource(Finding(new TextSpan(0, 4), "AT&T Inc."), Map);
        var across = SourceMapping.ToSource(Finding(new TextSpan(3, 3), "T y"), Map);

        Assert.Equal(new TextSpan(0, 8), mapped.Location.Span);
        Assert.Equal(new LinePosition(0, 8), mapped.Location.LineSpan.End);
        Assert.Equal("AT&amp;T Inc.", Assert.Single(mapped.Fix!.Edits).NewText);
        Assert.Equal(new TextSpan(7, 6), across.Location.Span);
        Assert.Null(across.Fix);
    }
}
