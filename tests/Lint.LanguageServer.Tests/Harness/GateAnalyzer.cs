using Lint.Analysis;
using Lint.Diagnostics;

namespace Lint.LanguageServer.Tests.Harness;

/// <summary>
/// A rule that holds a lint pass on any story containing "SLOW" until the test opens the gate, so a test
/// can change the document while its old version is still being linted.
/// </summary>
internal sealed class GateAnalyzer() : Analyzer(new DiagnosticDescriptor("Test.Gate", "Gate", "Waits on SLOW.", Severity.Warning))
{
    private readonly SemaphoreSlim _entered = new(0);
    private readonly ManualResetEventSlim _open = new(false);

    public Task WaitUntilHeldAsync() => _entered.WaitAsync(Eventually.Timeout);

    public void Open() => _open.Set();

    public override void Initialize(AnalysisContext context) =>
        context.RegisterDocumentAction(c =>
        {
            if (c.Document.Text.Content.Contains("SLOW", StringComparison.Ordinal))
            {
                _entered.Release();
                _open.Wait(Eventually.Timeout);
            }
        });
}
