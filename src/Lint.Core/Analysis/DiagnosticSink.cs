using Lint.Diagnostics;
using Lint.Syntax;
using Lint.Text;

namespace Lint.Analysis;

/// <summary>Collects what one analyzer reports on one article.</summary>
internal sealed class DiagnosticSink(DiagnosticDescriptor descriptor, Document document, List<Diagnostic> output)
{
    public void Report(TextSpan span, string message, Fix? fix)
    {
        var location = new Location(document.Path, span, document.Text.GetLinePositionSpan(span));
        output.Add(new Diagnostic(descriptor, descriptor.DefaultSeverity, location, message, fix));
    }
}
