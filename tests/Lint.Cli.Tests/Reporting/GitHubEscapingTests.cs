using Lint.Cli.Reporting;

namespace Lint.Cli.Tests.Reporting;

public class GitHubEscapingTests
{
    [Fact]
    public void Messages_escape_percent_and_line_breaks() =>
        Assert.Equal("100%25 sure%0D%0Anext: a, b", GitHubReporter.Data("100% sure\r\nnext: a, b"));

    [Fact]
    public void Properties_also_escape_colons_and_commas() =>
        Assert.Equal("a%3Ab%2Cc%25", GitHubReporter.Property("a:b,c%"));
}
