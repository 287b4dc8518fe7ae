namespace Lint.Language;

/// <summary>What the lexicon knows of one written form.</summary>
/// <param name="Tags">Every part of speech the form can have, before its context narrows them.</param>
/// <param name="Names">What the form names when it is capitalized (Monday, Vietnam, Shakespeare); None for a common word only.</param>
/// <param name="IsCommonWord">The form is also an ordinary lower-case word ("march", "bill", "cole").</param>
/// <param name="IsRoleNoun">A noun for a kind of person: "aide", "employee", "supervisor" (WordNet's noun.person).</param>
/// <param name="Lemma">The dictionary form: "go" for "went", "official" for "officials"; the form itself when it is one.</param>
public readonly record struct LexiconEntry(WordTags Tags, NameKinds Names, bool IsCommonWord, bool IsRoleNoun, string Lemma)
{
    /// <summary>The lexicon does not know the form at all.</summary>
    public bool IsUnknown => Tags == WordTags.None && Names == NameKinds.None && !IsCommonWord;

    /// <summary>The form may be a person's given name: a known one ("Ruth", also a word), or no ordinary word ("Wanjiru").</summary>
    public bool MayBeGivenName => (Names & NameKinds.Person) != 0 || !IsCommonWord;
}
