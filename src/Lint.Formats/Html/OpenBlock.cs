using Lint.Syntax;
using Lint.Text;

namespace Lint.Formats.Html;

/// <summary>A block the <see cref="ProseWriter"/> is still writing: where it started and the ranges excluded so far.</summary>
internal sealed class OpenBlock(BlockKind kind, int start, bool nested)
{
    public BlockKind Kind { get; } = kind;

    public int Start { get; } = start;

    public bool Nested { get; } = nested;

    public List<TextSpan> Excluded { get; } = [];

    /// <summary>Where each excluded range still open began.</summary>
    public Stack<int> ExcludedFrom { get; } = new();
}
