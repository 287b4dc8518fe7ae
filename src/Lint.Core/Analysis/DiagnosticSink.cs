using Lint.Diagnostics;
using Lint.Language;
using Lint.Syntax;
using Lint.Text;

namespace Lint.Analysis;

/// <summary>Collects what one analyzer reports on one article.</summary>
internal sealed class DiagnosticSink(DiagnosticDescriptor descriptor, Document document, List<Diagnostic> output)
{
    public void Report(TextSpan span, string message, Fix? fix)
    {
        // A name the story says is written in lower case ("bell hooks") is right in lower case, whatever a rule thinks.
        if (span.Length > 0 && char.IsLower(document.Text.Content[span.Start])
            && LowerCaseNames.AreAll(document.LowerCaseNames, document.Text.Content.AsSpan(span.Start, span.Length)))
        {
            return;
        }

        var location = new Location(document.Path, span, document.Text.GetLinePositionSpan(span));
        output.Add(new Diagnostic(descriptor, descriptor.DefaultSeverity, location, message, fix));
    }
}
