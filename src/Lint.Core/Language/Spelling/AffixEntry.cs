namespace Lint.Language.Spelling;

/// <summary>
/// One line of a <c>PFX</c> or <c>SFX</c> class: strip these letters, add those (with the flags after a
/// <c>/</c>, which let the new form take further affixes), when the word meets the condition.
/// </summary>
public sealed record AffixEntry(string Strip, string Add, int[] Continuation, AffixCondition Condition)
{
    /// <summary>The word with the affix, or null when the rule does not apply to it (nor when it would strip the whole word, unless <paramref name="fullStrip"/>).</summary>
    public string? Apply(string word, bool isPrefix, bool fullStrip = false)
    {
        if (isPrefix)
        {
            return word.StartsWith(Strip, StringComparison.Ordinal) && (word.Length > Strip.Length || fullStrip) && Condition.Matches(word, atEnd: false)
                ? string.Concat(Add, word.AsSpan(Strip.Length))
                : null;
        }

        return word.EndsWith(Strip, StringComparison.Ordinal) && (word.Length > Strip.Length || fullStrip) && Condition.Matches(word, atEnd: true)
            ? string.Concat(word.AsSpan(0, word.Length - Strip.Length), Add)
            : null;
    }
}
