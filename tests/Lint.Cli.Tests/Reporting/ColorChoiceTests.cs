using Lint.Cli.Reporting;

namespace Lint.Cli.Tests.Reporting;

public class ColorChoiceTests
{
    private static readonly Func<string, string?> Plain = _ => null;

    [Theory]
    [InlineData("auto", true, null, true)]
    [InlineData("auto", false, null, false)]
    [InlineData("auto", true, "1", false)]
    [InlineData("auto", true, "", true)]
    [InlineData("never", true, null, false)]
    [InlineData("always", false, null, true)]
    [InlineData("always", true, "1", true)]
    public void Colour_is_on_a_terminal_only_off_with_NO_COLOR_and_as_told_by_the_option(string choice, bool terminal, string? noColor, bool expected)
    {
        Assert.Equal(expected, ColorChoice.Decide(choice, terminal, name => name == "NO_COLOR" ? noColor : null));
    }

    [Fact]
    public void A_dumb_terminal_gets_no_colour()
    {
        Assert.False(ColorChoice.Decide("auto", true, name => name == "TERM" ? "dumb" : null));
        Assert.True(ColorChoice.Decide("auto", true, Plain));
    }
}
