using Lint.Language;

namespace Lint.Rules.Kinds.Anonymity;

/// <summary>
/// A list of words and phrases of a few words ("said", "according to", "familiar with"), matched against a
/// sentence's tokens in any case. A phrase matches only where its words stand next to each other with
/// nothing but spaces between them.
/// </summary>
public sealed class WordPhrases
{
    private readonly string[][] _phrases;

    public WordPhrases(IEnumerable<string> entries)
    {
        _phrases = [.. entries
            .Select(e => e.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(p => p.Length > 0)
            .OrderByDescending(p => p.Length)];
    }

    public bool IsEmpty => _phrases.Length == 0;

    public bool Contains(Token token) => LengthAt(null, [token], 0) == 1;

    /// <summary>The number of tokens the longest phrase starting at <paramref name="index"/> covers; 0 when none starts there.</summary>
    public int LengthAt(TokenLine? line, IReadOnlyList<Token> tokens, int index)
    {
        foreach (var phrase in _phrases)
        {
            if (Matches(phrase, line, tokens, index))
            {
                return phrase.Length;
            }
        }

        return 0;
    }

    private static bool Matches(string[] phrase, TokenLine? line, IReadOnlyList<Token> tokens, int index)
    {
        if (index < 0 || index + phrase.Length > tokens.Count)
        {
            return false;
        }

        for (var k = 0; k < phrase.Length; k++)
        {
            if (tokens[index + k].Lower != phrase[k] || (k > 0 && line is not null && !line.Joined(index + k - 1)))
            {
                return false;
            }
        }

        return true;
    }
}
