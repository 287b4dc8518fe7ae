using System.Collections.Concurrent;
using Lint.Language;

namespace Lint.Rules.Kinds.Variants;

/// <summary>
/// How each spelling a story writes is filed by one variants rule: its key, the form it counts as when it
/// opens a sentence, and whether the rule's exceptions leave it out. Worked out once per spelling and kept
/// for the rule's next stories (an editor's re-lint writes the same words again), so a re-lint makes no
/// string per word. It depends on nothing but the spelling and the rule, so an entry never goes stale; the
/// store is only bounded, at <see cref="MaxEntries"/>.
/// </summary>
internal sealed class WrittenForms(Func<string, bool> isException)
{
    /// <summary>How many spellings are kept at most (the vocabulary of a few dozen stories).</summary>
    public const int MaxEntries = 16384;

    private ConcurrentDictionary<string, WrittenForm> _known = new(StringComparer.Ordinal);
    private int _count;

    public WrittenForm Of(ReadOnlySpan<char> written)
    {
        var known = Volatile.Read(ref _known);
        if (known.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(written, out var form))
        {
            return form;
        }

        var text = written.ToString();
        // A sentence's first word is compared in lower case when that is a word ("Email" is "email"); a name is
        // not, so "Northstar" opening a sentence still differs from "NorthStar".
        var initial = WordShape.IsCapitalized(text) && Lexicon.Default.Lookup(text).IsCommonWord ? text.ToLowerInvariant() : text;
        form = new WrittenForm(text, VariantForms.Key(text), initial, isException(text));
        if (Interlocked.Increment(ref _count) > MaxEntries)
        {
            Volatile.Write(ref _count, 1);
            Volatile.Write(ref _known, known = new ConcurrentDictionary<string, WrittenForm>(StringComparer.Ordinal));
        }

        return known.GetOrAdd(text, form);
    }
}

/// <summary>A spelling as written, its key, its form at the start of a sentence, and whether the rule leaves it out.</summary>
internal sealed record WrittenForm(string Written, string Key, string InitialForm, bool Excepted);
