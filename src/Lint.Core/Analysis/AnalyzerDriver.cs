using Lint.Diagnostics;
using Lint.Syntax;

namespace Lint.Analysis;

/// <summary>
/// Runs a fixed set of analyzers. Built once (each analyzer registers its actions here, in rule-id order);
/// each run of many articles is an <see cref="AnalysisRun"/>.
/// </summary>
public sealed class AnalyzerDriver
{
    private readonly RegisteredAnalyzer[] _analyzers;

    public AnalyzerDriver(IEnumerable<Analyzer> analyzers)
    {
        _analyzers = analyzers
            .OrderBy(a => a.Descriptor.Id, StringComparer.Ordinal)
            .Select(Register)
            .ToArray();
        var duplicate = _analyzers.GroupBy(a => a.Descriptor.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Two rules have the id '{duplicate.Key}'.", nameof(analyzers));
        }
    }

    public IReadOnlyList<DiagnosticDescriptor> Descriptors => _analyzers.Select(a => a.Descriptor).ToArray();

    /// <summary>Starts a run; <paramref name="today"/> is the day a story with no date in its head is read in (see <see cref="DocumentContext.Today"/>).</summary>
    public AnalysisRun StartRun(DateOnly? today = null) => new(_analyzers, today);

    /// <summary>Analyses one article on its own, corpus actions included (they see just this article).</summary>
    public IReadOnlyList<Diagnostic> Analyze(Document document)
    {
        var run = StartRun();
        var diagnostics = new List<Diagnostic>(run.Analyze(document));
        diagnostics.AddRange(run.ReportCorpus(document));
        diagnostics.Sort(DiagnosticComparer.Instance);
        return diagnostics;
    }

    private static RegisteredAnalyzer Register(Analyzer analyzer)
    {
        var context = new AnalysisContext();
        analyzer.Initialize(context);
        return new RegisteredAnalyzer(analyzer, context);
    }
}
