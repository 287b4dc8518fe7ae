using Lint.Text;

namespace Lint.Syntax;

/// <summary>A heading, paragraph, list item, quote or caption: the unit a copy editor reads as one piece.</summary>
public sealed class Block(BlockKind kind, TextSpan span, IReadOnlyList<Sentence> sentences)
{
    public BlockKind Kind { get; } = kind;

    public TextSpan Span { get; } = span;

    public IReadOnlyList<Sentence> Sentences { get; } = sentences;
}
