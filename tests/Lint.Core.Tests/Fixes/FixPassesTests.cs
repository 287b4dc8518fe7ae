using Lint.Diagnostics;
using Lint.Fixes;
using Lint.Text;

namespace Lint.Core.Tests.Fixes;

public class FixPassesTests
{
    private static readonly DiagnosticDescriptor Doubled = new("Test.Doubled", "t", "d", Severity.Error);
    private static readonly DiagnosticDescriptor Swap = new("Test.Swap", "t", "d", Severity.Warning);
    private static readonly DiagnosticDescriptor Flag = new("Test.Flag", "t", "d", Severity.Warning);

    private static Diagnostic Finding(DiagnosticDescriptor descriptor, SourceText text, int start, int length, TextEdit? edit, string path = "a.txt")
    {
        var span = new TextSpan(start, length);
        var fix = edit is null ? null : new Fix("f", [edit]);
        return new Diagnostic(descriptor, descriptor.DefaultSeverity, new Location(path, span, text.GetLinePositionSpan(span)), "m", fix);
    }

    /// <summary>Every "the the" (overlapping ones too), fixed by replacing both words with one.</summary>
    private static List<Diagnostic> DoubledThe(SourceText text)
    {
        var found = new List<Diagnostic>();
        for (var at = text.Content.IndexOf("the the", StringComparison.Ordinal); at >= 0; at = text.Content.IndexOf("the the", at + 1, StringComparison.Ordinal))
        {
            found.Add(Finding(Doubled, text, at, 7, new TextEdit(new TextSpan(at, 7), "the")));
        }

        return found;
    }

    private static List<Diagnostic> Words(SourceText text, DiagnosticDescriptor descriptor, string word, string? replacement, string path = "a.txt")
    {
        var found = new List<Diagnostic>();
        for (var at = text.Content.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.Content.IndexOf(word, at + word.Length, StringComparison.Ordinal))
        {
            var edit = replacement is null ? null : new TextEdit(new TextSpan(at, word.Length), replacement);
            found.Add(Finding(descriptor, text, at, word.Length, edit, path));
        }

        return found;
    }

    [Fact]
    public void Overlapping_fixes_wait_for_the_next_pass_until_nothing_changes()
    {
        var result = FixPasses.Run(new SourceText("He said the the the the end."), DoubledThe);

        var text = Assert.Single(result.Texts);
        Assert.Equal("He said the end.", text.Text.Content);
        Assert.True(result.ReachedFixedPoint);
        Assert.Equal(2, result.Passes); // "the the the the": two fixes that do not overlap, then the one that waited
        Assert.Equal(3, result.FixCount);
        Assert.Empty(text.Remaining);
    }

    [Fact]
    public void A_second_run_over_the_result_changes_nothing()
    {
        var first = FixPasses.Run(new SourceText("the the the, and the the."), DoubledThe);

        var second = FixPasses.Run(first.Texts[0].Text, DoubledThe);

        Assert.Equal(0, second.Passes);
        Assert.False(second.Texts[0].Changed);
        Assert.Equal(first.Texts[0].Text.Content, second.Texts[0].Text.Content);
    }

    [Fact]
    public void Findings_without_a_fix_are_never_touched_and_remain()
    {
        var text = new SourceText("the the gaps and gaps");

        var result = FixPasses.Run(text, t => [.. DoubledThe(t), .. Words(t, Flag, "gaps", null)]);

        var fixedText = result.Texts[0];
        Assert.Equal("the gaps and gaps", fixedText.Text.Content);
        Assert.Equal(["Test.Doubled"], fixedText.Applied.Select(d => d.Id));
        Assert.Equal(["Test.Flag", "Test.Flag"], fixedText.Remaining.Select(d => d.Id));
    }

    [Fact]
    public void Only_fixes_the_filter_accepts_are_applied()
    {
        var text = new SourceText("the the colour");

        var result = FixPasses.Run(text, t => [.. DoubledThe(t), .. Words(t, Swap, "colour", "color")], d => d.Id == "Test.Swap");

        Assert.Equal("the the color", result.Texts[0].Text.Content);
        Assert.Equal(["Test.Doubled"], result.Texts[0].Remaining.Select(d => d.Id));
        Assert.True(result.ReachedFixedPoint);
    }

    [Fact]
    public void Fixes_that_undo_each_other_stop_after_the_bound_and_say_so()
    {
        var text = new SourceText("grey");

        var result = FixPasses.Run(text, t => [.. Words(t, Swap, "grey", "gray"), .. Words(t, Swap, "gray", "grey")], maxPasses: 3);

        Assert.False(result.ReachedFixedPoint);
        Assert.Equal(3, result.Passes);
        Assert.Equal("gray", result.Texts[0].Text.Content);
        Assert.Single(result.Texts[0].Remaining);
    }

    [Fact]
    public void Texts_are_analysed_together_so_a_corpus_rule_sees_all_of_them()
    {
        // The form used in more texts wins: "iRay" in two texts, "IRay" in one.
        SourceText[] texts = [new("Made by iRay."), new("IRay said so."), new("iRay agreed.")];
        IReadOnlyList<IReadOnlyList<Diagnostic>> Analyze(IReadOnlyList<SourceText> current)
        {
            var lower = current.Count(t => t.Content.Contains("iRay", StringComparison.Ordinal));
            var upper = current.Count(t => t.Content.Contains("IRay", StringComparison.Ordinal));
            var (loser, winner) = lower >= upper ? ("IRay", "iRay") : ("iRay", "IRay");
            return current.Select((t, i) => (IReadOnlyList<Diagnostic>)Words(t, Swap, loser, winner, $"{i}.txt")).ToList();
        }

        var result = FixPasses.Run(texts, Analyze);

        Assert.Equal(["Made by iRay.", "iRay said so.", "iRay agreed."], result.Texts.Select(t => t.Text.Content));
        Assert.Equal([false, true, false], result.Texts.Select(t => t.Changed));
        Assert.Equal(1, result.FixCount);
    }

    [Fact]
    public void An_analysis_that_loses_a_text_is_an_error()
    {
        Assert.Throws<InvalidOperationException>(() => FixPasses.Run([new SourceText("a"), new SourceText("b")], _ => [[]]));
    }

    [Fact]
    public void A_line_break_inserted_by_a_fix_is_written_as_the_article_writes_them()
    {
        var text = new SourceText("One.\r\nTwo. Three.\r\n");

        var result = FixPasses.Run(text, t => Words(t, Swap, "Two. ", "Two.\n"));

        Assert.Equal("One.\r\nTwo.\r\nThree.\r\n", result.Texts[0].Text.Content);
    }
}
