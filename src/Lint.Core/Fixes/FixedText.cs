using Lint.Diagnostics;
using Lint.Text;

namespace Lint.Fixes;

/// <summary>
/// One text after <see cref="FixPasses"/>: what it was, what it became, the findings whose fixes were
/// applied (in the pass that applied them), and the findings of the last analysis, which no pass fixed.
/// </summary>
public sealed record FixedText(SourceText Original, SourceText Text, IReadOnlyList<Diagnostic> Applied, IReadOnlyList<Diagnostic> Remaining)
{
    public bool Changed => !string.Equals(Original.Content, Text.Content, StringComparison.Ordinal);
}
