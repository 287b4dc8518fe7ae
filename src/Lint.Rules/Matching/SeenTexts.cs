using System.Collections.Concurrent;

namespace Lint.Rules.Matching;

/// <summary>
/// The blocks and sentences that patterns were run on in earlier articles of a rule set, each text kept
/// once. An editor re-lints a story after each change, and most of its paragraphs come back unchanged: a
/// text seen before is handed back as the same string, so the pattern sets can keep what they found in it
/// (<see cref="MatchMemo"/>) and look it up next time instead of searching again. Bounded: past
/// <see cref="MaxCharacters"/> the store starts afresh.
/// </summary>
internal sealed class SeenTexts
{
    /// <summary>How many characters the store keeps at most (4 MB of text, a few hundred stories).</summary>
    public const int MaxCharacters = 1 << 21;

    private ConcurrentDictionary<string, string> _texts = new(StringComparer.Ordinal);
    private int _characters;

    /// <summary>The text of <paramref name="content"/> as a string; <paramref name="seen"/> tells whether an earlier article held it.</summary>
    public string Intern(ReadOnlySpan<char> content, out bool seen)
    {
        var texts = Volatile.Read(ref _texts);
        if (texts.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(content, out var known))
        {
            seen = true;
            return known;
        }

        seen = false;
        var text = content.ToString();
        if (Interlocked.Add(ref _characters, text.Length) > MaxCharacters)
        {
            Volatile.Write(ref _characters, text.Length);
            Volatile.Write(ref _texts, texts = new ConcurrentDictionary<string, string>(StringComparer.Ordinal));
        }

        return texts.GetOrAdd(text, text);
    }
}
