namespace Lint.Rules.Kinds.Anonymity;

/// <summary>
/// The word lists that find an unnamed source among a sentence's words. Nouns are compared in their singular
/// form ("officials" is "official"). A role noun is any noun the lexicon files as a kind of person (aide,
/// employee, supervisor), plus <see cref="Roles"/>, less <see cref="NotRoles"/>.
/// </summary>
/// <param name="Determiners">Indefinite and counting words before the source: "a", "one", "two", "several".</param>
/// <param name="Speech">The speech verbs that make the noun a source: "said", "told", "according to".</param>
/// <param name="Inverted">The speech verbs that may stand before their speaker: "..., said one official."</param>
/// <param name="Anonymous">Nouns unnamed whatever their modifiers: "a police source", "festival insiders".</param>
/// <param name="Roles">Nouns for people that the lexicon does not file as such ("person", "people").</param>
/// <param name="NotRoles">Role nouns that do not make a source: a spokesman speaks for his office.</param>
/// <param name="Bare">Nouns that are unnamed even as a bare plural with no modifier: "officials said".</param>
/// <param name="Crowds">Nouns whose plural is a crowd, not a source, unless qualified: "two people said they saw smoke".</param>
/// <param name="Qualifiers">What makes any plural role noun an unnamed source: "lawyers familiar with the case".</param>
/// <param name="Vague">Modifiers that do not describe a group: "senior officials" are still nobody in particular.</param>
public sealed record SourceWords(
    IReadOnlySet<string> Determiners,
    WordPhrases Speech,
    WordPhrases Inverted,
    IReadOnlySet<string> Anonymous,
    IReadOnlySet<string> Roles,
    IReadOnlySet<string> NotRoles,
    IReadOnlySet<string> Bare,
    IReadOnlySet<string> Crowds,
    WordPhrases Qualifiers,
    IReadOnlySet<string> Vague);
