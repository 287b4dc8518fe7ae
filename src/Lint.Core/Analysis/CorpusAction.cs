using Lint.Syntax;

namespace Lint.Analysis;

/// <summary>A registered corpus action, with its summary type hidden from the driver.</summary>
internal abstract class CorpusAction
{
    public abstract object Collect(Document document);

    public abstract object Merge(object left, object right);

    public abstract void Report(object summary, Document document, DiagnosticSink sink);
}

internal sealed class CorpusAction<TSummary>(
    Func<Document, TSummary> collect,
    Func<TSummary, TSummary, TSummary> merge,
    Action<CorpusContext<TSummary>> report) : CorpusAction
    where TSummary : class
{
    public override object Collect(Document document) => collect(document);

    public override object Merge(object left, object right) => merge((TSummary)left, (TSummary)right);

    public override void Report(object summary, Document document, DiagnosticSink sink) =>
        report(new CorpusContext<TSummary>((TSummary)summary, document, sink));
}
