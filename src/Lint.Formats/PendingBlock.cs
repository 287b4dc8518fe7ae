using Lint.Syntax;
using Lint.Text;

namespace Lint.Formats;

/// <summary>
/// A block a parser has found but not yet split: its kind, span, the ranges in it that are not prose,
/// and whether it sits inside another block's excluded range (image alt text inside a paragraph).
/// </summary>
internal sealed record PendingBlock(BlockKind Kind, TextSpan Span, IReadOnlyList<TextSpan> Excluded, bool Nested);
