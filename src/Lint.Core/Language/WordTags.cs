namespace Lint.Language;

/// <summary>
/// The parts of speech a word can have, as a set: an ambiguous word ("saw", "record") keeps every
/// candidate until its context narrows them. Each tag has a Penn Treebank name (<see cref="PennTags"/>),
/// which is what Vale's <c>sequence</c> rules match on.
/// </summary>
[Flags]
public enum WordTags : uint
{
    None = 0,

    /// <summary>A singular or mass noun (NN).</summary>
    Noun = 1 << 0,

    /// <summary>A plural noun (NNS).</summary>
    PluralNoun = 1 << 1,

    /// <summary>A proper noun (NNP).</summary>
    ProperNoun = 1 << 2,

    /// <summary>A verb's base form (VB, VBP): "go", "take".</summary>
    Verb = 1 << 3,

    /// <summary>A verb's third-person singular present (VBZ): "goes".</summary>
    ThirdPersonVerb = 1 << 4,

    /// <summary>A verb's past tense (VBD): "went".</summary>
    PastTense = 1 << 5,

    /// <summary>A verb's past participle (VBN): "gone".</summary>
    PastParticiple = 1 << 6,

    /// <summary>A verb's -ing form (VBG).</summary>
    Gerund = 1 << 7,

    /// <summary>An adjective (JJ, JJR, JJS).</summary>
    Adjective = 1 << 8,

    /// <summary>An adverb (RB).</summary>
    Adverb = 1 << 9,

    /// <summary>A modal verb (MD): "can", "would", "must".</summary>
    Modal = 1 << 10,

    /// <summary>A form of "be", "have" or "do" (used as auxiliaries, and tagged as verbs too).</summary>
    Auxiliary = 1 << 11,

    /// <summary>A determiner (DT): "the", "a", "each", "this".</summary>
    Determiner = 1 << 12,

    /// <summary>A personal or possessive pronoun (PRP, PRP$).</summary>
    Pronoun = 1 << 13,

    /// <summary>A preposition or subordinating conjunction (IN).</summary>
    Preposition = 1 << 14,

    /// <summary>A coordinating conjunction (CC).</summary>
    Conjunction = 1 << 15,

    /// <summary>A number, in figures or words (CD).</summary>
    Number = 1 << 16,

    /// <summary>"to" (TO).</summary>
    To = 1 << 17,

    /// <summary>A wh-word (WDT, WP, WRB): "who", "which", "where".</summary>
    WhWord = 1 << 18,

    /// <summary>A possessive word ending in 's (POS on the ending).</summary>
    Possessive = 1 << 19,

    AnyNoun = Noun | PluralNoun | ProperNoun,

    AnyVerb = Verb | ThirdPersonVerb | PastTense | PastParticiple | Gerund,
}
