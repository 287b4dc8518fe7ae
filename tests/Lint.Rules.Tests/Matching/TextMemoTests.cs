using Lint.Rules.Matching;

namespace Lint.Rules.Tests.Matching;

public class TextMemoTests
{
    [Fact]
    public void A_text_is_kept_from_its_second_sighting_and_found_only_by_the_same_text()
    {
        var memo = new TextMemo<string>();
        const string paragraph = "Officials said the road would reopen.";

        memo.Offer(paragraph, "first");
        Assert.False(memo.TryGet(paragraph, out _));

        memo.Offer(paragraph.AsSpan(), "second");
        Assert.True(memo.TryGet(new string(paragraph), out var kept));
        Assert.Equal("second", kept);
        Assert.False(memo.TryGet("Officials said the road would reopen soon.", out _));
        Assert.False(memo.TryGet(paragraph.AsSpan()[..^1], out _));
    }

    [Fact]
    public void Past_its_bound_the_store_starts_afresh()
    {
        var memo = new TextMemo<string>();
        for (var i = 0; i <= TextMemo<string>.MaxEntries; i++)
        {
            memo.Offer($"Paragraph {i}.", "seen");
            memo.Offer($"Paragraph {i}.", "kept");
        }

        Assert.False(memo.TryGet("Paragraph 0.", out _));
        Assert.True(memo.TryGet($"Paragraph {TextMemo<string>.MaxEntries}.", out _));
    }
}
