namespace Lint.Rules.Kinds.ProperNouns;

/// <summary>
/// A propernouns rule's words for formal titles before a name: the <c>titles</c> ("senator Ruiz"); the
/// <c>titlemodifiers</c> that leave a title formal after them ("state senator Ruiz"); the <c>placetitles</c>
/// that stay formal after their place's name ("Branford Falls mayor Ruiz"); and the <c>titleprefixes</c> that
/// make one title of two words with the title after them ("chief minister Rao", "deputy mayor Ruiz").
/// </summary>
public sealed record TitleWords(
    IReadOnlySet<string> Titles,
    IReadOnlySet<string> Modifiers,
    IReadOnlySet<string> PlaceTitles,
    IReadOnlySet<string> Prefixes);
