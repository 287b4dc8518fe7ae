using Lint.Diagnostics;
using Lint.Syntax;
using Lint.Text;

namespace Lint.Analysis;

/// <summary>A whole article, handed to a document action.</summary>
public readonly struct DocumentContext
{
    private readonly DiagnosticSink _sink;

    internal DocumentContext(Document document, DiagnosticSink sink)
    {
        Document = document;
        _sink = sink;
    }

    public Document Document { get; }

    public void Report(TextSpan span, string message, Fix? fix = null) => _sink.Report(span, message, fix);
}
