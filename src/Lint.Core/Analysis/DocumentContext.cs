using Lint.Diagnostics;
using Lint.Syntax;
using Lint.Text;

namespace Lint.Analysis;

/// <summary>A whole article, handed to a document action.</summary>
public readonly struct DocumentContext
{
    private readonly DiagnosticSink _sink;

    internal DocumentContext(Document document, DiagnosticSink sink, DateOnly? today = null)
    {
        Document = document;
        _sink = sink;
        Today = today;
    }

    public Document Document { get; }

    /// <summary>
    /// The day of the run, as the host gave it: a story whose head has no date is taken to be written then
    /// (a copy desk checks today's copy). Null when the host gave none.
    /// </summary>
    public DateOnly? Today { get; }

    public void Report(TextSpan span, string message, Fix? fix = null) => _sink.Report(span, message, fix);
}
