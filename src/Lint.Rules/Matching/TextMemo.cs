using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using Lint.Syntax;

namespace Lint.Rules.Matching;

/// <summary>
/// What one rule worked out from a text (a block of a story) that depends on nothing but the text, kept
/// by the text itself: an editor re-lints a story after each change, and its unchanged paragraphs are
/// looked up here instead of being searched again. A text is kept from its second sighting only (the first
/// is noted by its hash), so a run over new stories keeps nothing. Bounded: past <see cref="MaxEntries"/>
/// texts the store starts afresh.
/// </summary>
public sealed class TextMemo<T>
    where T : class
{
    /// <summary>How many texts are kept at most (the blocks of a few long stories).</summary>
    public const int MaxEntries = 2048;

    private ConcurrentDictionary<string, T> _kept = new(StringComparer.Ordinal);
    private ConcurrentDictionary<int, bool> _seen = new();
    private int _keptCount;
    private int _seenCount;

    public bool TryGet(ReadOnlySpan<char> text, [MaybeNullWhen(false)] out T value) =>
        Volatile.Read(ref _kept).GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text, out value);

    /// <summary>
    /// What <paramref name="read"/> works out from <paramref name="block"/> of <paramref name="text"/>, looked up by the
    /// block's text. A block with text that is not prose (code, a link's address) is read afresh and not kept: the
    /// same characters may read otherwise in another format.
    /// </summary>
    public T OfBlock(string text, Block block, Func<T> read)
    {
        var content = text.AsSpan(block.Span.Start, block.Span.Length);
        var plain = block.Excluded.Count == 0;
        if (plain && TryGet(content, out var kept))
        {
            return kept;
        }

        kept = read();
        if (plain)
        {
            Offer(content, kept);
        }

        return kept;
    }

    /// <summary>Keeps <paramref name="value"/> for <paramref name="text"/> if the text was offered before; notes it otherwise.</summary>
    public void Offer(ReadOnlySpan<char> text, T value)
    {
        var seen = Volatile.Read(ref _seen);
        if (seen.TryAdd(string.GetHashCode(text), true))
        {
            if (Interlocked.Increment(ref _seenCount) > MaxEntries * 4)
            {
                Volatile.Write(ref _seenCount, 0);
                Volatile.Write(ref _seen, new ConcurrentDictionary<int, bool>());
            }

            return;
        }

        var kept = Volatile.Read(ref _kept);
        if (Interlocked.Increment(ref _keptCount) > MaxEntries)
        {
            Volatile.Write(ref _keptCount, 1);
            Volatile.Write(ref _kept, kept = new ConcurrentDictionary<string, T>(StringComparer.Ordinal));
        }

        kept[text.ToString()] = value;
    }
}
