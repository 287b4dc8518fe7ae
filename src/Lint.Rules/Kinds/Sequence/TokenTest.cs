using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Lint.Language;

namespace Lint.Rules.Kinds.Sequence;

/// <summary>
/// What one token of a sequence must be. Every key given must hold: <c>pattern</c> (a regex on the whole
/// word), <c>tag</c> (a regex on a Penn Treebank tag; any candidate tag of the word may match),
/// <c>word</c> (one of a list of words, in any case), <c>lemma</c> (any inflection of one of these words),
/// <c>name</c> (what a capitalized word names), <c>role</c> (a noun for a kind of person, or not), <c>common</c> (an ordinary lower-case word to the lexicon, or not),
/// <c>typo</c> (one keystroke from an ordinary word: a letter left out, one too many or two swapped, or not),
/// <c>start</c> (the first word of its sentence), and <c>not</c> (a nested test, or a list of them, that must all fail).
/// </summary>
public sealed class TokenTest
{
    private readonly ConcurrentDictionary<WordTags, bool> _tagAnswers = new();

    public Regex? Pattern { get; init; }

    public Regex? Tag { get; init; }

    public FrozenSet<string>? Words { get; init; }

    public FrozenSet<string>? Lemmas { get; init; }

    public NameKinds Names { get; init; }

    public bool? Role { get; init; }

    public bool? Common { get; init; }

    public bool? Typo { get; init; }

    public bool Start { get; init; }

    public IReadOnlyList<TokenTest> Not { get; init; } = [];

    public bool Matches(IReadOnlyList<Token> tokens, int index)
    {
        var token = tokens[index];
        return (Pattern is null || Pattern.IsMatch(token.Text))
            && (Tag is null || HasTag(token.Tags))
            && (Words is null || Words.Contains(token.Lower))
            && (Lemmas is null || Lemmas.Contains(token.Lemma) || Lemmas.Contains(token.Lower))
            && (Names == NameKinds.None || (token.Names & Names) != 0)
            && (Role is not { } role || token.IsRoleNoun == role)
            && (Common is not { } common || token.IsCommonWord == common)
            && (Typo is not { } typo || Lexicon.Default.IsSlipOfCommonWord(token.Lower) == typo)
            && (!Start || index == 0)
            && !AnyOfNotMatches(tokens, index);
    }

    private bool AnyOfNotMatches(IReadOnlyList<Token> tokens, int index)
    {
        for (var i = 0; i < Not.Count; i++)
        {
            if (Not[i].Matches(tokens, index))
            {
                return true;
            }
        }

        return false;
    }

    private bool HasTag(WordTags tags) =>
        _tagAnswers.GetOrAdd(tags, t => PennTags.Of(t).Any(name => Tag!.IsMatch(name)));
}
