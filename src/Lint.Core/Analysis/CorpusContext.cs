using Lint.Diagnostics;

namespace Lint.Analysis;

/// <summary>The merged summary of every article of a run, handed to a corpus action to report from.</summary>
public sealed class CorpusContext<TSummary>
{
    private readonly DiagnosticDescriptor _descriptor;
    private readonly List<Diagnostic> _output;

    internal CorpusContext(TSummary summary, DiagnosticDescriptor descriptor, List<Diagnostic> output)
    {
        Summary = summary;
        _descriptor = descriptor;
        _output = output;
    }

    public TSummary Summary { get; }

    public void Report(Location location, string message, Fix? fix = null) =>
        _output.Add(new Diagnostic(_descriptor, _descriptor.DefaultSeverity, location, message, fix));
}
