using System.Collections.Frozen;
using Lint.Syntax;

namespace Lint.Rules.Kinds.Sequence;

/// <summary>
/// The words the plain steps of a sequence must be ("could" and "of" in "could of"), looked for in a
/// sentence before its words are tagged: a sentence that lacks a word of any one of them cannot match,
/// and is never tagged or walked for the rule.
/// </summary>
public sealed class SentenceAnchor
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>[] _steps;

    private SentenceAnchor(IEnumerable<IEnumerable<string>> steps) =>
        _steps = [.. steps.Select(words => words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>())];

    /// <summary>The anchor of a sequence: the word lists of its plain steps; null when no step has one.</summary>
    public static SentenceAnchor? For(IReadOnlyList<SequenceStep> steps)
    {
        var lists = steps.Where(s => !s.Negate && s.Test.Words is not null).Select(s => s.Test.Words!).ToList();
        return lists.Count == 0 ? null : new SentenceAnchor(lists);
    }

    public bool IsIn(string text, Sentence sentence)
    {
        foreach (var step in _steps)
        {
            if (!Has(step, text, sentence))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Has(FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> words, string text, Sentence sentence)
    {
        foreach (var word in sentence.Words)
        {
            if (words.Contains(text.AsSpan(word.Span.Start, word.Span.Length)))
            {
                return true;
            }
        }

        return false;
    }
}
