using Lint.Language;

namespace Lint.Rules.Kinds.Confusables;

/// <summary>
/// The part of speech a word's place calls for, where English leaves no doubt: right after a modal ("would
/// ___", "could not ___") a verb; between "the", "a" or a possessive (and perhaps one adjective) and the end
/// of the phrase ("praised the ___.") a noun. A confusion is admitted when the written word cannot be that part of speech and the word
/// meant can: "would through shade" (throw), "will role" (roll), "praised the coarse." (course).
/// </summary>
internal static class GrammarSlot
{
    private static readonly HashSet<string> Modals = new(StringComparer.Ordinal)
    {
        "would", "could", "should", "might", "must", "will", "can", "cannot", "may",
        "won't", "wouldn't", "couldn't", "shouldn't", "can't", "won’t", "wouldn’t", "couldn’t", "shouldn’t", "can’t",
    };

    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "its", "their", "his", "our", "my", "your",
    };

    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    {
        "in", "into", "on", "onto", "at", "of", "for", "from", "to", "with", "by",
    };

    private const WordTags Nouns = WordTags.Noun | WordTags.PluralNoun;

    public static bool Admits(TokenLine tokens, int at, WordTags meant)
    {
        if (at == 0 || !tokens.Joined(at - 1))
        {
            return false;
        }

        var written = tokens[at].Tags;
        var modal = tokens[at - 1].Lower == "not" && at > 1 && tokens.Joined(at - 2) ? at - 2 : at - 1;
        if (Modals.Contains(tokens[modal].Lower) && !OpensNounPhrase(tokens, modal))
        {
            // "would through shade", "could not breath": after a modal comes a verb ("his will led" is a noun's).
            return (written & WordTags.Verb) == 0 && (meant & WordTags.Verb) != 0;
        }

        if (OpenedByDeterminer(tokens, at) && EndsPhrase(tokens, at))
        {
            // "praised the coarse.", "a big lose": a word that ends the phrase "the" opens is its noun.
            return (written & Nouns) == 0 && (meant & Nouns) != 0;
        }

        return false;
    }

    /// <summary>True when "the", "a" or a possessive stands right before the word, or before one adjective before it.</summary>
    private static bool OpenedByDeterminer(TokenLine tokens, int at)
    {
        if (Openers.Contains(tokens[at - 1].Lower))
        {
            return true;
        }

        // "its steep decent", but not "the current through": a word that can be a preposition starts a phrase of its own.
        var adjective = tokens[at - 1].Tags;
        return at > 1 && (adjective & WordTags.Adjective) != 0 && (tokens[at].Tags & WordTags.Preposition) == 0
            && Openers.Contains(tokens[at - 2].Lower) && tokens.Joined(at - 2);
    }

    /// <summary>True when the word before <paramref name="at"/> makes it a noun ("the will", "his will").</summary>
    private static bool OpensNounPhrase(TokenLine tokens, int at) =>
        at > 0 && (Openers.Contains(tokens[at - 1].Lower) || tokens[at - 1].Tags.HasFlag(WordTags.Possessive)
            || tokens[at - 1].Lower is "her" or "this" or "that");

    /// <summary>
    /// True when nothing of a noun phrase follows: the end, punctuation other than a comma, or a word that is no
    /// noun, number or adjective ("on" counts as a preposition); "the decent, honest thing" goes on past its comma.
    /// </summary>
    private static bool EndsPhrase(TokenLine tokens, int at)
    {
        if (at + 1 >= tokens.Count || !(tokens.Joined(at) || tokens.JoinedByComma(at)))
        {
            return true;
        }

        var next = tokens[at + 1].Tags;
        if (Prepositions.Contains(tokens[at + 1].Lower))
        {
            return true;
        }

        return (next & (WordTags.AnyNoun | WordTags.Number)) == 0
            && ((next & WordTags.Adjective) == 0 || (next & WordTags.Preposition) != 0);
    }
}
