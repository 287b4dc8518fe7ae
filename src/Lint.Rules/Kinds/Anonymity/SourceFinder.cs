using Lint.Language;

namespace Lint.Rules.Kinds.Anonymity;

/// <summary>
/// Finds the people a sentence quotes by their nouns: an indefinite or counting determiner, modifiers, a
/// role noun and a speech verb ("one county official said", "according to a person familiar with the
/// talks", "..., said a senior aide."); a bare plural with a qualifier ("lawyers familiar with the case
/// said"); an inherently anonymous noun ("festival insiders say"); a bare "officials said". A source named
/// in apposition ("a hospital employee, Jane Roe, said"), one referred back to ("the employee said") and a
/// role noun that says nothing ("a driver was hurt") are not sources.
/// </summary>
public sealed class SourceFinder(SourceWords words)
{
    private const int MaxModifiers = 4;
    private const int MaxObject = 8;
    private const int MaxAside = 14;
    private const int MaxOrderObject = 3;

    private const WordTags Nominal = WordTags.Noun | WordTags.PluralNoun | WordTags.ProperNoun | WordTags.Adjective | WordTags.Gerund;

    private const WordTags Grammar = WordTags.Determiner | WordTags.Pronoun | WordTags.Preposition | WordTags.Conjunction
        | WordTags.Modal | WordTags.Auxiliary | WordTags.WhWord | WordTags.To | WordTags.Number;

    private const WordTags ObjectWords = WordTags.Noun | WordTags.PluralNoun | WordTags.ProperNoun | WordTags.Pronoun | WordTags.Determiner | WordTags.Adjective;

    /// <summary>The prepositions that tie a noun to its employer: "an official at the agency", "an aide to the mayor".</summary>
    private static readonly HashSet<string> Employers = ["of", "to", "at", "with", "from", "for", "in", "inside", "within", "on"];

    public IEnumerable<SourceMention> Find(TokenLine line, Func<Token, bool> quoted)
    {
        var covered = 0;
        for (var head = 0; head < line.Count; head++)
        {
            // "a person familiar with the talks": "familiar" is a noun for a person too, but inside a source already found.
            if (line[head].Span.Start >= covered && !quoted(line[head]) && Read(line, head) is { } mention)
            {
                covered = mention.Described ? covered : mention.Span.End;
                yield return mention;
            }
        }
    }

    private SourceMention? Read(TokenLine line, int head)
    {
        var token = line[head];
        var noun = SourceNoun.Normalize(token.Lemma);
        var anonymous = words.Anonymous.Contains(noun);
        if (!anonymous && (!(token.IsRoleNoun || words.Roles.Contains(noun)) || words.NotRoles.Contains(noun)))
        {
            return null;
        }

        if (ReadModifiers(line, head) is not var (start, determined, modified) || (determined && IsAppositionToName(line, start)))
        {
            return null;
        }

        var (last, qualified, attached) = ReadPostModifier(line, head);
        var plural = token.Lower != noun;
        if (!determined && !anonymous && !qualified && plural && (modified || attached))
        {
            // "City officials", "lawyers for the landlord": a group described by its office, whether it speaks here or not;
            // not a count of people ("84,000 people in Hollister Falls"), who are no source.
            return start > 0 && line[start - 1].Is(WordTags.Number) ? null : new SourceMention(line.Span(start, last), noun, Described: true);
        }

        var verbEnd = ReadSpeechAfter(line, last);
        var inverted = verbEnd is null ? ReadSpeechBefore(line, start, last) : null;
        if ((verbEnd is null && inverted is null) || verbEnd == -1)
        {
            return null;
        }

        var crowd = plural && !qualified && words.Crowds.Contains(noun);
        var bare = plural && !determined && !anonymous && !qualified && words.Bare.Contains(noun);
        var unnamed = !crowd && (determined || bare || (plural && (anonymous || qualified)));
        return unnamed ? new SourceMention(line.Span(inverted ?? start, verbEnd ?? last), noun, Described: false, Bare: bare) : null;
    }

    /// <summary>
    /// Walks left from the noun over its modifiers to an indefinite or counting determiner. Null when a
    /// definite word ("the", "his") makes the noun one the story has met already.
    /// </summary>
    private (int Start, bool Determined, bool Modified)? ReadModifiers(TokenLine line, int head)
    {
        var start = head;
        var modified = false;
        for (var i = head - 1; i >= 0 && line.Joined(i) && head - i <= MaxModifiers + 1; i--)
        {
            var word = line[i];
            if (words.Determiners.Contains(word.Lower))
            {
                // "the two officials": a count after a definite word refers back to sources already met.
                var before = i > 0 && line.Joined(i - 1) ? line[i - 1] : null;
                return before is not null && before.Is(WordTags.Determiner | WordTags.Pronoun) && !words.Determiners.Contains(before.Lower)
                    ? null
                    : (i, true, modified);
            }

            if (!word.Is(Nominal) || word.Is(Grammar) || words.Speech.Contains(word) || words.Inverted.Contains(word))
            {
                return word.Is(WordTags.Determiner | WordTags.Pronoun) ? null : (start, false, modified);
            }

            start = i;
            modified |= !words.Vague.Contains(word.Lower);
        }

        return (start, false, modified);
    }

    /// <summary>
    /// "Tunde Ajayi, a director at the board, ... said": the source is described after the name it follows, a
    /// run of capitalized names ended by a comma that is not a place or a time after a preposition ("In Kisumu,
    /// a nurse said", "On Monday, an official said").
    /// </summary>
    private static bool IsAppositionToName(TokenLine line, int start)
    {
        var name = start - 1;
        if (name < 0 || !line.CommaAfter(name) || !line[name].Is(WordTags.ProperNoun) || line[name].Casing == Casing.Lower)
        {
            return false;
        }

        var first = name;
        while (first > 0 && line.Joined(first - 1) && line[first - 1].Casing != Casing.Lower && line[first - 1].Is(WordTags.ProperNoun))
        {
            first--;
        }

        return first == 0 || !line[first - 1].Is(WordTags.Preposition | WordTags.To);
    }

    /// <summary>What follows the noun before its verb: a qualifier ("familiar with the case") or an employer ("at the agency").</summary>
    private (int Last, bool Qualified, bool Attached) ReadPostModifier(TokenLine line, int head)
    {
        if (!line.Joined(head))
        {
            return (head, false, false);
        }

        var qualifier = words.Qualifiers.LengthAt(line, line.Tokens, head + 1);
        if (qualifier > 0)
        {
            return (SkipObject(line, head + qualifier), true, false);
        }

        return Employers.Contains(line[head + 1].Lower) ? (SkipObject(line, head + 1), false, true) : (head, false, false);
    }

    /// <summary>The last word of a short object ("the case"), which ends at a comma, a "who", an "and" or a speech verb.</summary>
    private int SkipObject(TokenLine line, int from)
    {
        var last = from;
        while (last - from < MaxObject && line.Joined(last) && !IsSpeech(line, last + 1) && !line[last + 1].Is(WordTags.WhWord | WordTags.Conjunction))
        {
            last++;
        }

        return last;
    }

    /// <summary>
    /// The last word of the speech verb after the noun ("said", "told"), past an adverb ("also said") or an
    /// aside between commas (", speaking anonymously, said"). Null when none follows; -1 when the aside
    /// names the source ("a hospital employee, Jane Roe, said", "one candidate, 17-year-old Emeka Obi, said").
    /// </summary>
    private int? ReadSpeechAfter(TokenLine line, int last)
    {
        var at = last + 1;
        if (at >= line.Count)
        {
            return null;
        }

        if (line.CommaAfter(last))
        {
            var close = Enumerable.Range(at, Math.Min(MaxAside, line.Count - at)).Where(line.CommaAfter).Cast<int?>().FirstOrDefault();
            // The name may follow an age: "one candidate, 17-year-old Emeka Okafor-Ude, said".
            var first = at + 1 < line.Count && line[at].Lower.EndsWith("-year-old", StringComparison.Ordinal) ? at + 1 : at;
            var named = line[first].Is(WordTags.ProperNoun) && line[first].Casing != Casing.Lower;
            return close is { } c && SpeechEnd(line, c + 1) is { } end ? (named ? -1 : end) : null;
        }

        if (!line.Joined(last))
        {
            return null;
        }

        var adverb = line[at].Tags is WordTags.Adverb && line.Joined(at);
        return SpeechEnd(line, at) ?? (adverb ? SpeechEnd(line, at + 1) : null);
    }

    /// <summary>
    /// "according to a source close to the club," and "..., said one official.": the start of the speech
    /// words before the source. After a verb the source ends the sentence ("she said a nurse, who ..., fell"
    /// is no quote), or, when a comma ends a quote before the verb, a "who" clause may follow it ('"We lost
    /// everything," said an investor who attended the hearing'); after a preposition a comma may follow it.
    /// </summary>
    private int? ReadSpeechBefore(TokenLine line, int start, int last)
    {
        for (var from = Math.Max(0, start - 3); from < start; from++)
        {
            if (words.Inverted.LengthAt(line, line.Tokens, from) == start - from && line.Joined(start - 1))
            {
                var preposition = line[start - 1].Is(WordTags.To | WordTags.Preposition);
                var afterQuote = from > 0 && line.CommaAfter(from - 1);
                return line.EndsSentence(last) || (preposition && line.CommaAfter(last)) || ((preposition || afterQuote) && IsWhoClauseAfter(line, last)) ? from : null;
            }
        }

        return null;
    }

    /// <summary>True when the word is one of the rule's speech verbs ("said", "told"): what follows it is the source's account.</summary>
    public bool IsSpeech(Token token) => words.Speech.Contains(token);

    /// <summary>"according to a county employee who sat in on the talks": a "who" clause that tells how the source knows.</summary>
    private static bool IsWhoClauseAfter(TokenLine line, int last) =>
        last + 1 < line.Count && line.Joined(last) && line[last + 1].Lower is "who";

    private int? SpeechEnd(TokenLine line, int at)
    {
        // "a nurse said to be on leave", "a clerk told to stay home": no quote.
        var length = words.Speech.LengthAt(line, line.Tokens, at);
        var end = at + length - 1;
        var passive = end + 1 < line.Count && line.Joined(end) && line[end + 1].Is(WordTags.To);
        return length > 0 && !passive && !IsOrder(line, end) ? end : null;
    }

    /// <summary>"told employees to leave", "told him to rest": an order given, not information passed on.</summary>
    private static bool IsOrder(TokenLine line, int verb)
    {
        for (var to = verb + 2; to <= verb + MaxOrderObject + 1 && to + 1 < line.Count && line.Joined(to - 1); to++)
        {
            var word = line[to - 1];
            if (!word.Is(ObjectWords) || word.Is(WordTags.Auxiliary | WordTags.Modal))
            {
                return false;
            }

            if (line[to].Is(WordTags.To))
            {
                return line[to + 1].Is(WordTags.Verb);
            }
        }

        return false;
    }

    private bool IsSpeech(TokenLine line, int at) => words.Speech.LengthAt(line, line.Tokens, at) > 0;
}
