using Lint.Analysis;
using Lint.Diagnostics;

namespace Lint.LanguageServer.Tests.Harness;

/// <summary>A rule with a bug: it throws on any story containing "BOOM".</summary>
internal sealed class ThrowingAnalyzer() : Analyzer(new DiagnosticDescriptor("Test.Throws", "Throws", "Throws on BOOM.", Severity.Warning))
{
    public override void Initialize(AnalysisContext context) =>
        context.RegisterDocumentAction(c =>
        {
            if (c.Document.Text.Content.Contains("BOOM", StringComparison.Ordinal))
            {
                throw new InvalidOperationException("the rule fell over");
            }
        });
}
