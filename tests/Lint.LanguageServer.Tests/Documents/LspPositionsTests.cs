using Lint.LanguageServer.Documents;
using Lint.LanguageServer.Protocol;
using Lint.Text;

namespace Lint.LanguageServer.Tests.Documents;

public sealed class LspPositionsTests
{
    private static readonly SourceText Text = new("ab\r\n😀c\nlast");

    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(0, 2, 2)]
    [InlineData(0, 9, 2)]   // past the line end: before its CRLF
    [InlineData(1, 2, 6)]   // after the surrogate pair
    [InlineData(1, 3, 7)]
    [InlineData(2, 4, 12)]
    [InlineData(7, 0, 12)]  // past the last line: the end of the text
    public void Positions_become_offsets_clamped_as_LSP_asks(int line, int character, int offset) =>
        Assert.Equal(offset, LspPositions.ToOffset(Text, new Position(line, character)));

    [Fact]
    public void Negative_positions_and_backwards_ranges_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => LspPositions.ToOffset(Text, new Position(-1, 0)));
        Assert.Throws<ArgumentOutOfRangeException>(() => LspPositions.ToSpan(Text, new Protocol.Range(new Position(1, 1), new Position(0, 1))));
    }

    [Fact]
    public void Spans_become_ranges_in_UTF16_units()
    {
        var range = LspPositions.ToRange(Text, TextSpan.FromBounds(4, 7));

        Assert.Equal(new Protocol.Range(new Position(1, 0), new Position(1, 3)), range);
    }
}
