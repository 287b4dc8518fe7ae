using Lint.Diagnostics;
using Lint.Syntax;
using Lint.Text;

namespace Lint.Analysis;

/// <summary>One word of an article, with its sentence and block, handed to a word action.</summary>
public readonly struct WordContext
{
    private readonly DiagnosticSink _sink;

    internal WordContext(Document document, Block block, Sentence sentence, int index, DiagnosticSink sink)
    {
        Document = document;
        Block = block;
        Sentence = sentence;
        Index = index;
        _sink = sink;
    }

    public Document Document { get; }

    public Block Block { get; }

    public Sentence Sentence { get; }

    /// <summary>The word's index in <see cref="Sentence"/>.</summary>
    public int Index { get; }

    public Word Word => Sentence.Words[Index];

    public void Report(TextSpan span, string message, Fix? fix = null) => _sink.Report(span, message, fix);
}
