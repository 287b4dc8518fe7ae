namespace Lint.Language.Spelling;

/// <summary>
/// The condition of an affix rule: the letters a word must end with (a suffix) or start with (a prefix) for
/// the rule to apply, written as in Hunspell: letters, <c>.</c> for any letter, <c>[abc]</c> for one of
/// them and <c>[^abc]</c> for any other ("[^aeiou]y": a consonant then y).
/// </summary>
public sealed class AffixCondition
{
    private readonly (string Letters, bool Negated)[] _positions;

    private AffixCondition((string Letters, bool Negated)[] positions) => _positions = positions;

    /// <summary>The condition <c>.</c>: every word.</summary>
    public static AffixCondition Any { get; } = new([]);

    /// <summary>Reads a condition; null when a bracket is not closed.</summary>
    public static AffixCondition? Parse(string text)
    {
        if (text == ".")
        {
            return Any;
        }

        var positions = new List<(string, bool)>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '.')
            {
                positions.Add((string.Empty, true));
            }
            else if (text[i] == '[')
            {
                var close = text.IndexOf(']', i + 1);
                if (close < 0)
                {
                    return null;
                }

                var negated = close > i + 1 && text[i + 1] == '^';
                var start = negated ? i + 2 : i + 1;
                positions.Add((text[start..close], negated));
                i = close;
            }
            else
            {
                positions.Add((text[i].ToString(), false));
            }
        }

        return new AffixCondition([.. positions]);
    }

    /// <summary>True when the end (a suffix's condition) or the start (a prefix's) of <paramref name="word"/> fits.</summary>
    public bool Matches(string word, bool atEnd)
    {
        if (word.Length < _positions.Length)
        {
            return false;
        }

        var offset = atEnd ? word.Length - _positions.Length : 0;
        for (var i = 0; i < _positions.Length; i++)
        {
            var (letters, negated) = _positions[i];
            if (letters.Contains(word[offset + i]) == negated)
            {
                return false;
            }
        }

        return true;
    }
}
