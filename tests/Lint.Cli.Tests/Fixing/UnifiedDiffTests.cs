using Lint.Cli.Fixing;

namespace Lint.Cli.Tests.Fixing;

/// <summary>Each expected diff below is what GNU <c>diff -u</c> writes for the same two texts.</summary>
public class UnifiedDiffTests
{
    private const string Twelve = "one\ntwo\nthree\nfour\nfive\nsix\nseven\neight\nnine\nten\neleven\ntwelve\n";

    private static string Diff(string before, string after) => UnifiedDiff.Create(before, after, "a/story.txt", "b/story.txt");

    [Fact]
    public void Equal_texts_give_no_diff() => Assert.Equal(string.Empty, Diff(Twelve, Twelve));

    [Fact]
    public void Changes_far_apart_are_two_hunks_with_three_lines_of_context()
    {
        var after = Twelve.Replace("two\n", "TWO\n", StringComparison.Ordinal).Replace("eleven", "ELEVEN", StringComparison.Ordinal);

        Assert.Equal(
            "--- a/story.txt\n+++ b/story.txt\n" +
            "@@ -1,5 +1,5 @@\n one\n-two\n+TWO\n three\n four\n five\n" +
            "@@ -8,5 +8,5 @@\n eight\n nine\n ten\n-eleven\n+ELEVEN\n twelve\n",
            Diff(Twelve, after));
    }

    [Fact]
    public void Changes_six_lines_apart_share_one_hunk()
    {
        var after = Twelve.Replace("two\n", "TWO\n", StringComparison.Ordinal).Replace("nine", "NINE", StringComparison.Ordinal);

        Assert.Equal(
            "--- a/story.txt\n+++ b/story.txt\n" +
            "@@ -1,12 +1,12 @@\n one\n-two\n+TWO\n three\n four\n five\n six\n seven\n eight\n-nine\n+NINE\n ten\n eleven\n twelve\n",
            Diff(Twelve, after));
    }

    [Fact]
    public void Crlf_lines_keep_their_cr_and_a_missing_last_line_break_is_marked()
    {
        Assert.Equal(
            "--- a/story.txt\n+++ b/story.txt\n@@ -1,3 +1,3 @@\n a\r\n-b\r\n+B\r\n c\n\\ No newline at end of file\n",
            Diff("a\r\nb\r\nc", "a\r\nB\r\nc"));
    }

    [Theory]
    [InlineData("x\n", "x\ny\n", "@@ -1 +1,2 @@\n x\n+y\n")]
    [InlineData("x", "y", "@@ -1 +1 @@\n-x\n\\ No newline at end of file\n+y\n\\ No newline at end of file\n")]
    [InlineData("a\nb\n", "b\n", "@@ -1,2 +1 @@\n-a\n b\n")]
    [InlineData("", "new\n", "@@ -0,0 +1 @@\n+new\n")]
    public void Hunk_ranges_are_written_as_gnu_diff_writes_them(string before, string after, string hunk) =>
        Assert.Equal("--- a/story.txt\n+++ b/story.txt\n" + hunk, Diff(before, after));
}
