using Lint.Analysis;
using Lint.Rules.Loading;

namespace Lint.Rules.Kinds.Duplicates;

/// <summary>
/// <c>extends: duplicates</c> (Lint's own kind): a sentence, or a whole line, that a story has already
/// said word for word, as happens when copy is pasted twice. Case, spacing and quote marks are ignored.
/// <c>min</c> is the fewest words a sentence needs to count (default 6; a whole block needs 3). The
/// message's <c>%s</c> is the line where it first appeared.
/// </summary>
public sealed class DuplicatesKind : RuleKind
{
    public override string Name => "duplicates";

    public override Analyzer? Create(RuleDefinition rule, RuleNode options)
    {
        var min = options.GetInt("min", 2, 100) ?? 6;
        return options.Errors.Any ? null : new DuplicatesAnalyzer(rule, min);
    }
}
