using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Lint.Rules.Matching;

/// <summary>
/// What one <see cref="PatternSet"/> found in each text it searched that had been seen before (see
/// <see cref="SeenTexts"/>): the pattern and the regex's match (on a string of the same text), in order.
/// Keyed by the string itself, so a lookup does not read the text. A text's matches depend on nothing but
/// the text, so a kept entry stays right; the memo is only bounded, at <see cref="MaxEntries"/>.
/// </summary>
internal sealed class MatchMemo
{
    /// <summary>How many texts one set keeps at most (the blocks and sentences of a long story or a few short ones).</summary>
    public const int MaxEntries = 2048;

    private readonly ConcurrentDictionary<string, (int Pattern, Match Match)[]> _found = new(ReferenceEqualityComparer.Instance);
    private int _count;

    public bool TryGet(string text, out (int Pattern, Match Match)[] found) => _found.TryGetValue(text, out found!);

    /// <summary>
    /// Keeps what was found in <paramref name="text"/>. Each match's groups are built first: a match builds
    /// them on first use without a lock, and a kept match may be read by several articles' threads at once.
    /// </summary>
    public void Keep(string text, (int Pattern, Match Match)[] found)
    {
        foreach (var (_, match) in found)
        {
            var groups = match.Groups;
            for (var g = 0; g < groups.Count; g++)
            {
                _ = groups[g];
            }
        }

        if (Interlocked.Increment(ref _count) > MaxEntries)
        {
            Volatile.Write(ref _count, 1);
            _found.Clear();
        }

        _found[text] = found;
    }
}
