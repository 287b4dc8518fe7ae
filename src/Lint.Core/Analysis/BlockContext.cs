using Lint.Diagnostics;
using Lint.Syntax;
using Lint.Text;

namespace Lint.Analysis;

/// <summary>One block (paragraph, heading, list item, ...) of an article, handed to a block action.</summary>
public readonly struct BlockContext
{
    private readonly DiagnosticSink _sink;

    internal BlockContext(Document document, Block block, int index, DiagnosticSink sink)
    {
        Document = document;
        Block = block;
        Index = index;
        _sink = sink;
    }

    public Document Document { get; }

    public Block Block { get; }

    /// <summary>The block's index in the document, so an action can look at its neighbours.</summary>
    public int Index { get; }

    public void Report(TextSpan span, string message, Fix? fix = null) => _sink.Report(span, message, fix);
}
