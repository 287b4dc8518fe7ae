using Lint.Diagnostics;
using Lint.Syntax;
using Lint.Text;

namespace Lint.Analysis;

/// <summary>One article, with the merged summary of every article of the run, handed to a corpus action to report into it.</summary>
public readonly struct CorpusContext<TSummary>
{
    private readonly DiagnosticSink _sink;

    internal CorpusContext(TSummary summary, Document document, DiagnosticSink sink)
    {
        Summary = summary;
        Document = document;
        _sink = sink;
    }

    public TSummary Summary { get; }

    public Document Document { get; }

    public void Report(TextSpan span, string message, Fix? fix = null) => _sink.Report(span, message, fix);
}
