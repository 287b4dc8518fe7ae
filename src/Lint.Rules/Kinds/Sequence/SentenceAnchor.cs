using System.Collections.Frozen;
using Lint.Syntax;

namespace Lint.Rules.Kinds.Sequence;

/// <summary>
/// The words one step of a sequence must be ("of" in "could of"), looked for in a sentence before its
/// words are tagged: most sentences have none of them, and are never tagged for the rule.
/// </summary>
public sealed class SentenceAnchor
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _words;

    private SentenceAnchor(IEnumerable<string> words) =>
        _words = words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The anchor of a sequence: the word list of its first plain step; null when no step has one.</summary>
    public static SentenceAnchor? For(IReadOnlyList<SequenceStep> steps)
    {
        var step = steps.FirstOrDefault(s => !s.Negate && s.Test.Words is not null);
        return step is null ? null : new SentenceAnchor(step.Test.Words!);
    }

    public bool IsIn(string text, Sentence sentence)
    {
        foreach (var word in sentence.Words)
        {
            if (_words.Contains(text.AsSpan(word.Span.Start, word.Span.Length)))
            {
                return true;
            }
        }

        return false;
    }
}
