namespace Lint.Language;

/// <summary>
/// A phrase written as a copy editor would write it in a word list, matched on a sentence's tokens by
/// lemma, so one entry covers every inflection: "funnel ... money" matches "funneled money" and "funnels
/// the money". Words are consecutive unless "..." stands between them (up to four words of any kind).
/// Each word matches a token whose lemma or written form it is; "a|b" offers choices; "=word" matches that
/// form only ("=stole", not "steal"); "{number}" matches a figure or number word; "{superlative}" an
/// adjective ending in -est ("strongest") or "most"/"least"; "{possessive}" a word ending in 's.
/// </summary>
public sealed class LemmaPhrase
{
    private const int GapWords = 4;

    private readonly Step[] _steps;

    private LemmaPhrase(string text, Step[] steps)
    {
        Text = text;
        _steps = steps;
    }

    public string Text { get; }

    /// <summary>Reads a phrase; the error says what is wrong with it when it cannot be read.</summary>
    public static LemmaPhrase? Parse(string text, out string? error)
    {
        var steps = new List<Step>();
        var gap = false;
        foreach (var part in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == "...")
            {
                if (gap || steps.Count == 0)
                {
                    error = "'...' must stand between two words.";
                    return null;
                }

                gap = true;
                continue;
            }

            if (part is "{number}" or "{superlative}" or "{possessive}")
            {
                steps.Add(new Step([], part, gap));
            }
            else if (part.StartsWith('{'))
            {
                error = $"'{part}' is not a word class: use {{number}}, {{superlative}} or {{possessive}}.";
                return null;
            }
            else
            {
                steps.Add(new Step(part.ToLowerInvariant().Split('|'), null, gap));
            }

            gap = false;
        }

        if (steps.Count == 0 || gap)
        {
            error = steps.Count == 0 ? "The phrase has no words." : "'...' must stand between two words.";
            return null;
        }

        error = null;
        return new LemmaPhrase(text, [.. steps]);
    }

    /// <summary>
    /// False when some word of the phrase is in none of its forms among <paramref name="words"/> (the lemmas and
    /// lower-case forms of a sentence's tokens), so the phrase cannot match there; a cheap test before <see cref="Matches"/>.
    /// </summary>
    public bool CanMatch(IReadOnlySet<string> words)
    {
        foreach (var step in _steps)
        {
            if (step.Class is null && !step.Plain.Any(words.Contains))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Every match in the tokens, as the first and last token it covers, left to right and not overlapping.</summary>
    public IEnumerable<(int First, int Last)> Matches(IReadOnlyList<Token> tokens)
    {
        for (var start = 0; start < tokens.Count; start++)
        {
            if (Match(tokens, 0, start) is { } last)
            {
                yield return (start, last);
                start = last;
            }
        }
    }

    private int? Match(IReadOnlyList<Token> tokens, int step, int at)
    {
        if (at >= tokens.Count || !_steps[step].Accepts(tokens[at]))
        {
            return null;
        }

        if (step + 1 == _steps.Length)
        {
            return at;
        }

        var reach = _steps[step + 1].AfterGap ? GapWords : 0;
        for (var next = at + 1; next <= at + 1 + reach && next < tokens.Count; next++)
        {
            if (Match(tokens, step + 1, next) is { } last)
            {
                return last;
            }
        }

        return null;
    }

    private sealed record Step(string[] Words, string? Class, bool AfterGap)
    {
        /// <summary>The words without the "=" that marks a form matched as written.</summary>
        public string[] Plain { get; } = [.. Words.Select(w => w.TrimStart('='))];

        public bool Accepts(Token token)
        {
            if (Class is "{number}")
            {
                return token.Is(WordTags.Number);
            }

            if (Class is "{possessive}")
            {
                return token.Is(WordTags.Possessive) || Possessive.Owner(token.Lower) is not null;
            }

            if (Class is "{superlative}")
            {
                return token.Lower is "most" or "least"
                    || (token.Is(WordTags.Adjective) && token.Lower.EndsWith("est", StringComparison.Ordinal) && token.Lemma != token.Lower);
            }

            foreach (var word in Words)
            {
                if (word[0] == '=' ? token.Lower == word[1..] : token.Lemma == word || token.Lower == word)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
