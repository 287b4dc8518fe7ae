using Lint.Analysis;

namespace Lint.Rules.Loading;

/// <summary>
/// A kind of rule, named by its <c>extends:</c> value. It reads its own keys from the rule file (reporting
/// bad ones through <see cref="RuleNode.Errors"/>), compiles them once, and builds the analyzer.
/// </summary>
public abstract class RuleKind
{
    public abstract string Name { get; }

    /// <summary>Reads the kind's keys and builds the analyzer; returns null when the keys are wrong.</summary>
    public abstract Analyzer? Create(RuleDefinition rule, RuleNode options);
}
