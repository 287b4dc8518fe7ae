using Lint.Language;

namespace Lint.Rules.Kinds.Sequence;

/// <summary>
/// Finds the sequences of a rule in one sentence's tokens, left to right and without overlaps. Each match
/// gives, step by step, the index of the token the step matched, or -1 where a negated step at an end of
/// the sequence matched "no token". Skipped tokens are tried fewest first.
/// </summary>
public sealed class SequenceMatcher(IReadOnlyList<SequenceStep> steps)
{
    public IEnumerable<int[]> Matches(string text, IReadOnlyList<Token> tokens)
    {
        var start = 0;
        int[]? at = null;
        while (start < tokens.Count)
        {
            // A fresh array for each match found (the caller keeps it); a failed start reuses the last one.
            at ??= new int[steps.Count];
            if (TryStart(text, tokens, start, at))
            {
                yield return at;
                start = Math.Max(start + 1, LastToken(at) + 1);
                at = null;
            }
            else
            {
                start++;
            }
        }
    }

    private bool TryStart(string text, IReadOnlyList<Token> tokens, int start, int[] at)
    {
        var first = steps[0];
        if (!first.Negate || steps.Count == 1)
        {
            return Step(text, tokens, 0, start, at);
        }

        // A negated first step looks at the token before the match: it may be missing or cut off by punctuation.
        var before = start - 1;
        var absent = before < 0 || !Separated(text, tokens, start, steps[1].Before);
        if (!absent && first.Test.Matches(tokens, before))
        {
            return false;
        }

        at[0] = absent ? -1 : before;
        return Step(text, tokens, 1, start, at);
    }

    /// <summary>Matches step <paramref name="s"/> at or after token <paramref name="position"/>, as the previous step's skip allows.</summary>
    private bool Step(string text, IReadOnlyList<Token> tokens, int s, int position, int[] at)
    {
        if (s == steps.Count)
        {
            return true;
        }

        var step = steps[s];
        var previous = s == 0 ? null : steps[s - 1];
        var maxGap = previous is null || at[s - 1] < 0 ? 0 : previous.Skip;
        for (var gap = 0; gap <= maxGap; gap++)
        {
            var index = position + gap;
            if (gap > 0)
            {
                var skipped = index - 1;
                if (skipped >= tokens.Count || !Separated(text, tokens, skipped, previous!.GapBefore)
                    || (previous.Gap is { } test && !test.Matches(tokens, skipped)))
                {
                    return false;
                }
            }

            if (step.Negate && s == steps.Count - 1 && s > 0 && IsEnd(text, tokens, index, step))
            {
                at[s] = -1;
                return true;
            }

            if (index >= tokens.Count || (s > 0 && at[s - 1] >= 0 && !Separated(text, tokens, index, step.Before)))
            {
                continue;
            }

            if (step.Test.Matches(tokens, index) != step.Negate)
            {
                at[s] = index;
                if (Step(text, tokens, s + 1, index + 1, at))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsEnd(string text, IReadOnlyList<Token> tokens, int index, SequenceStep step) =>
        index >= tokens.Count || !Separated(text, tokens, index, step.Before);

    /// <summary>True when the text between token <paramref name="index"/> and the one before it may lie inside a match.</summary>
    private static bool Separated(string text, IReadOnlyList<Token> tokens, int index, System.Text.RegularExpressions.Regex? before)
    {
        if (index == 0)
        {
            return true;
        }

        var from = tokens[index - 1].Span.End;
        var gap = text.AsSpan(from, tokens[index].Span.Start - from);
        if (before is not null)
        {
            return before.IsMatch(gap.Trim().ToString());
        }

        foreach (var c in gap)
        {
            if (!char.IsWhiteSpace(c) && c is not '\'' and not '’')
            {
                return false;
            }
        }

        return true;
    }

    private static int LastToken(int[] at) => at.Max();
}
