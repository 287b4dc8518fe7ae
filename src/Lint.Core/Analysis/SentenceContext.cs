using Lint.Diagnostics;
using Lint.Syntax;
using Lint.Text;

namespace Lint.Analysis;

/// <summary>One sentence of an article, with its block, handed to a sentence action.</summary>
public readonly struct SentenceContext
{
    private readonly DiagnosticSink _sink;

    internal SentenceContext(Document document, Block block, Sentence sentence, DiagnosticSink sink)
    {
        Document = document;
        Block = block;
        Sentence = sentence;
        _sink = sink;
    }

    public Document Document { get; }

    public Block Block { get; }

    public Sentence Sentence { get; }

    public void Report(TextSpan span, string message, Fix? fix = null) => _sink.Report(span, message, fix);
}
