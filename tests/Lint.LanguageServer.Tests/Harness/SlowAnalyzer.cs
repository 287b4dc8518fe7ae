using Lint.Analysis;
using Lint.Diagnostics;

namespace Lint.LanguageServer.Tests.Harness;

/// <summary>A rule that takes <paramref name="delay"/> on any story containing "SLOW", as a pathological document would.</summary>
internal sealed class SlowAnalyzer(string id, TimeSpan delay) : Analyzer(new DiagnosticDescriptor(id, "Slow", "Takes its time on SLOW.", Severity.Warning))
{
    public override void Initialize(AnalysisContext context) =>
        context.RegisterDocumentAction(c =>
        {
            if (c.Document.Text.Content.Contains("SLOW", StringComparison.Ordinal))
            {
                Thread.Sleep(delay);
            }
        });
}
