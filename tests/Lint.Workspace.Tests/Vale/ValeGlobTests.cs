using Lint.Workspace.Vale;

namespace Lint.Workspace.Tests.Vale;

public class ValeGlobTests
{
    [Theory]
    [InlineData("*", "docs/a/b.md", true)]
    [InlineData("*.md", "a.md", true)]
    [InlineData("*.md", "docs/deep/a.md", true)] // Vale's '*' crosses folders
    [InlineData("*.md", "a.txt", false)]
    [InlineData("*.{md,txt}", "docs/a.txt", true)]
    [InlineData("*.{md,txt}", "docs/a.rst", false)]
    [InlineData("docs/*.md", "docs/a.md", true)]
    [InlineData("docs/*.md", "blog/a.md", false)]
    [InlineData("a?.md", "ab.md", true)]
    [InlineData("a?.md", "abc.md", false)]
    [InlineData("[ab]*.md", "b1.md", true)]
    [InlineData("[!ab]*.md", "b1.md", false)]
    [InlineData("!*.md", "a.txt", true)]
    [InlineData("!*.md", "a.md", false)]
    [InlineData("**/*.md", "docs/a.md", true)]
    [InlineData("a\\*.md", "a*.md", true)]
    [InlineData("a\\*.md", "ab.md", false)]
    public void Globs_match_as_gobwas_glob_without_separators_does(string pattern, string path, bool matches)
    {
        var glob = ValeGlob.TryCreate(pattern, out var problem);

        Assert.Null(problem);
        Assert.Equal(matches, glob!.Matches(path));
    }

    [Theory]
    [InlineData("*.{md,txt", "'{' without a closing '}'")]
    [InlineData("[ab.md", "'[' without a closing ']'")]
    public void An_unclosed_class_or_alternative_is_a_problem_not_a_crash(string pattern, string problem)
    {
        Assert.Null(ValeGlob.TryCreate(pattern, out var reason));
        Assert.Contains(problem, reason, StringComparison.Ordinal);
    }
}
