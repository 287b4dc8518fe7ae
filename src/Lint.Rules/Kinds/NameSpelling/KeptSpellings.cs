using System.Collections.Concurrent;

namespace Lint.Rules.Kinds.NameSpelling;

/// <summary>
/// The words a name-spelling rule read in earlier stories, each as one string with whether the rule's
/// exceptions leave it out: an editor's re-lint writes the same words again, and then makes no string
/// and runs no exception regex for them. It depends on nothing but the spelling and the rule, so an entry
/// never goes stale; the store is only bounded, at <see cref="MaxEntries"/>.
/// </summary>
public sealed class KeptSpellings(Func<string, bool> isException)
{
    /// <summary>How many spellings are kept at most (the vocabulary of a few dozen stories).</summary>
    public const int MaxEntries = 16384;

    private ConcurrentDictionary<string, bool> _known = new(StringComparer.Ordinal);
    private int _count;

    /// <summary>The word as a string, and whether the exceptions leave it out.</summary>
    public (string Text, bool Excepted) Of(ReadOnlySpan<char> word)
    {
        var known = Volatile.Read(ref _known);
        if (known.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var text, out var excepted))
        {
            return (text, excepted);
        }

        text = word.ToString();
        excepted = isException(text);
        if (Interlocked.Increment(ref _count) > MaxEntries)
        {
            Volatile.Write(ref _count, 1);
            Volatile.Write(ref _known, known = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal));
        }

        known.TryAdd(text, excepted);
        return (text, excepted);
    }
}
