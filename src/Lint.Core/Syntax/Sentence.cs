using Lint.Text;

namespace Lint.Syntax;

/// <summary>A sentence of a block, from its first character to its closing punctuation (and closing quote, if any).</summary>
public sealed class Sentence(TextSpan span, IReadOnlyList<Word> words)
{
    public TextSpan Span { get; } = span;

    public IReadOnlyList<Word> Words { get; } = words;

    /// <summary>The words as the language layer read them, once asked for (see <c>Lint.Language.Tagger</c>).</summary>
    internal IReadOnlyList<Language.Token>? Tokens { get; set; }

    /// <summary>What rules worked out from the tokens alone, kept with them (see <c>Lint.Language.Tagger.FoundIn</c>).</summary>
    internal Language.SentenceFindings? Findings { get; set; }
}
