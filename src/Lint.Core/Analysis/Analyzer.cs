using Lint.Diagnostics;

namespace Lint.Analysis;

/// <summary>
/// A rule at work: built once from its options, it registers the actions it needs (per word, sentence,
/// block, document, or across the corpus of a run) and reports findings from them. Actions may run on
/// several articles at once, so an analyzer keeps no per-article state in fields.
/// </summary>
public abstract class Analyzer(DiagnosticDescriptor descriptor)
{
    public DiagnosticDescriptor Descriptor { get; } = descriptor;

    public abstract void Initialize(AnalysisContext context);
}
