using Lint.Text;

namespace Lint.Language;

/// <summary>A sentence's tokens with the text between them, to tell "officials said" from "officials, said".</summary>
public sealed class TokenLine(string text, TextSpan sentence, IReadOnlyList<Token> tokens)
{
    public IReadOnlyList<Token> Tokens { get; } = tokens;

    public int Count => Tokens.Count;

    public Token this[int index] => Tokens[index];

    /// <summary>True when only spaces stand between token <paramref name="index"/> and the next.</summary>
    public bool Joined(int index) => index + 1 < Count && Between(index).IsWhiteSpace();

    /// <summary>True when a comma and nothing else but spaces stands between token <paramref name="index"/> and the next.</summary>
    public bool JoinedByComma(int index) => index + 1 < Count && Between(index).Trim() is [','];

    /// <summary>True when a comma (or a dash) stands between token <paramref name="index"/> and the next.</summary>
    public bool CommaAfter(int index) => index + 1 < Count && Between(index).IndexOfAny(",—–") >= 0;

    /// <summary>True when token <paramref name="index"/> is the sentence's last word.</summary>
    public bool EndsSentence(int index) => index == Count - 1;

    public TextSpan Span(int first, int last) => TextSpan.FromBounds(Tokens[first].Span.Start, Tokens[last].Span.End);

    private ReadOnlySpan<char> Between(int index) =>
        text.AsSpan(Tokens[index].Span.End, (index + 1 < Count ? Tokens[index + 1].Span.Start : sentence.End) - Tokens[index].Span.End);
}
