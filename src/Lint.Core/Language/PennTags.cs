namespace Lint.Language;

/// <summary>
/// The Penn Treebank names of <see cref="WordTags"/>, which Vale's <c>sequence</c> rules match on: a token
/// answers to every name of every candidate tag it still has ("record" after "to": VB and VBP).
/// </summary>
public static class PennTags
{
    private static readonly (WordTags Tag, string[] Names)[] Table =
    [
        (WordTags.Noun, ["NN"]),
        (WordTags.PluralNoun, ["NNS"]),
        (WordTags.ProperNoun, ["NNP"]),
        (WordTags.Verb, ["VB", "VBP"]),
        (WordTags.ThirdPersonVerb, ["VBZ"]),
        (WordTags.PastTense, ["VBD"]),
        (WordTags.PastParticiple, ["VBN"]),
        (WordTags.Gerund, ["VBG"]),
        (WordTags.Adjective, ["JJ"]),
        (WordTags.Adverb, ["RB"]),
        (WordTags.Modal, ["MD"]),
        (WordTags.Determiner, ["DT"]),
        (WordTags.Pronoun, ["PRP", "PRP$"]),
        (WordTags.Preposition, ["IN"]),
        (WordTags.Conjunction, ["CC"]),
        (WordTags.Number, ["CD"]),
        (WordTags.To, ["TO"]),
        (WordTags.WhWord, ["WDT", "WP", "WRB"]),
        (WordTags.Possessive, ["POS"]),
    ];

    /// <summary>Every Penn name a set of tags answers to; a proper noun that is also plural is NNPS too.</summary>
    public static IEnumerable<string> Of(WordTags tags)
    {
        foreach (var (tag, names) in Table)
        {
            if ((tags & tag) == 0)
            {
                continue;
            }

            foreach (var name in names)
            {
                yield return name;
            }
        }

        if ((tags & WordTags.ProperNoun) != 0 && (tags & WordTags.PluralNoun) != 0)
        {
            yield return "NNPS";
        }
    }
}
