using System.Collections.Concurrent;

namespace Lint.Language;

/// <summary>
/// What rules worked out from one sentence's tokens alone, kept with the tokens in <see cref="TaggedSentences"/>
/// (by the sentence's text, with its words at the same places): an editor's next re-lint gets it back for each
/// unchanged sentence, moved or not, without the rule reading the sentence again. Only a sentence that came
/// back keeps anything, so a run over new stories keeps nothing; the store is bounded with the tokens.
/// </summary>
public sealed class SentenceFindings
{
    private ConcurrentDictionary<object, object>? _found;

    /// <summary>Whether an earlier sentence held the same text (its tokens were taken from the store).</summary>
    internal bool Repeated { get; set; }

    /// <summary>What <paramref name="find"/> worked out for <paramref name="rule"/>, found once and kept from the sentence's second sighting.</summary>
    internal T GetOrAdd<T>(object rule, string text, Syntax.Sentence sentence, IReadOnlyList<Token> tokens, Func<string, Syntax.Sentence, IReadOnlyList<Token>, T> find)
        where T : class
    {
        if (!Repeated)
        {
            return find(text, sentence, tokens);
        }

        var found = LazyInitializer.EnsureInitialized(ref _found, static () => new ConcurrentDictionary<object, object>(ReferenceEqualityComparer.Instance));
        if (found.TryGetValue(rule, out var known))
        {
            return (T)known;
        }

        var value = find(text, sentence, tokens);
        found.TryAdd(rule, value);
        return value;
    }
}
