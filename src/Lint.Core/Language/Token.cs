using Lint.Text;

namespace Lint.Language;

/// <summary>A word of a sentence as the language layer reads it.</summary>
/// <param name="Span">Where the word is in the document's text.</param>
/// <param name="Text">The word as written.</param>
/// <param name="Tags">Its possible parts of speech, narrowed by its neighbours.</param>
/// <param name="Lemma">Its dictionary form, in lower case ("go" for "went").</param>
/// <param name="Names">What it names when capitalized (see <see cref="LexiconEntry.Names"/>).</param>
/// <param name="IsCommonWord">It is also an ordinary lower-case word.</param>
/// <param name="IsRoleNoun">A noun for a kind of person ("aide", "employees").</param>
/// <param name="Casing">How it is written.</param>
public sealed record Token(
    TextSpan Span,
    string Text,
    WordTags Tags,
    string Lemma,
    NameKinds Names,
    bool IsCommonWord,
    bool IsRoleNoun,
    Casing Casing)
{
    /// <summary>The word in lower case, as word lists compare it.</summary>
    public string Lower { get; } = Text.ToLowerInvariant();

    public bool Is(WordTags tags) => (Tags & tags) != 0;

    /// <summary>A word the lexicon does not know at all, as <see cref="LexiconEntry.IsUnknown"/> (the neighbours never narrow a word's tags to none).</summary>
    public bool IsUnknown => Tags == WordTags.None && Names == NameKinds.None && !IsCommonWord;
}
