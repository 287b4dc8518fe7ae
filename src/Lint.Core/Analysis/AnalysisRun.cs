using System.Text.RegularExpressions;
using Lint.Diagnostics;
using Lint.Syntax;
using Lint.Text;

namespace Lint.Analysis;

/// <summary>
/// One run over many articles. <see cref="Analyze"/> may be called from several threads at once; corpus
/// summaries are merged as articles finish. Once every article has been analysed, <see cref="ReportCorpus"/>
/// gives each article the findings of the rules that compare articles (again from any thread).
/// A rule that throws (or whose regex times out) on an article yields one <c>Lint.RuleFailure</c>
/// finding there instead of its other findings; the other rules still run.
/// A host that cannot hold every article runs in two passes: <see cref="Collect"/> over every article
/// first (corpus summaries only), then, article by article, <c>Analyze</c> without collecting and
/// <see cref="ReportCorpus"/>.
/// </summary>
public sealed class AnalysisRun
{
    private readonly RegisteredAnalyzer[] _analyzers;
    private readonly object?[][] _summaries;
    private readonly Lock _gate = new();

    private readonly DateOnly? _today;

    internal AnalysisRun(RegisteredAnalyzer[] analyzers, DateOnly? today = null)
    {
        _analyzers = analyzers;
        _today = today;
        _summaries = analyzers.Select(a => new object?[a.Actions.CorpusActions.Count]).ToArray();
    }

    public IReadOnlyList<Diagnostic> Analyze(Document document, CancellationToken cancellationToken = default) =>
        Analyze(document, static _ => true, cancellationToken);

    /// <summary>
    /// Analyses one article with the rules <paramref name="includes"/> accepts (configuration may turn rules
    /// off for some files): the others neither report on it nor count it in their corpus summaries.
    /// </summary>
    public IReadOnlyList<Diagnostic> Analyze(Document document, Func<DiagnosticDescriptor, bool> includes, CancellationToken cancellationToken = default) =>
        Analyze(document, includes, collectCorpus: true, cancellationToken);

    /// <summary>
    /// As <see cref="Analyze(Document, Func{DiagnosticDescriptor, bool}, CancellationToken)"/>; with
    /// <paramref name="collectCorpus"/> false the article is not counted in the corpus summaries, because
    /// <see cref="Collect"/> already counted it (a run in two passes, which need not hold its articles).
    /// </summary>
    public IReadOnlyList<Diagnostic> Analyze(Document document, Func<DiagnosticDescriptor, bool> includes, bool collectCorpus, CancellationToken cancellationToken = default)
    {
        var output = new List<Diagnostic>();
        for (var i = 0; i < _analyzers.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (includes(_analyzers[i].Descriptor))
            {
                AnalyzeWith(i, document, output, collectCorpus);
            }
        }

        return output;
    }

    /// <summary>The rules that compare articles (they register corpus actions); a run without them needs no first pass.</summary>
    public IReadOnlyList<DiagnosticDescriptor> CorpusRules =>
        [.. _analyzers.Where(a => a.Actions.CorpusActions.Count > 0).Select(a => a.Descriptor)];

    /// <summary>
    /// The first pass of a run in two: counts one article in the corpus summaries of the rules
    /// <paramref name="includes"/> accepts, and runs none of their other actions. A rule that throws is left
    /// out of the summaries for this article and gives a <c>Lint.RuleFailure</c> finding, returned here.
    /// May be called from several threads at once.
    /// </summary>
    public IReadOnlyList<Diagnostic> Collect(Document document, Func<DiagnosticDescriptor, bool> includes, CancellationToken cancellationToken = default)
    {
        var failures = new List<Diagnostic>();
        for (var i = 0; i < _analyzers.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var analyzer = _analyzers[i];
            if (analyzer.Actions.CorpusActions.Count == 0 || !includes(analyzer.Descriptor))
            {
                continue;
            }

            try
            {
                CollectWith(i, document);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException and not OperationCanceledException)
            {
                failures.Add(Failure(analyzer, document, $"Rule {analyzer.Descriptor.Id} failed on this article and was skipped: {Describe(ex)}"));
            }
        }

        return failures;
    }

    /// <summary>Takes in the corpus summaries of another run over other articles (a shard of the same run).</summary>
    public void Merge(AnalysisRun other)
    {
        lock (_gate)
        {
            for (var a = 0; a < _analyzers.Length; a++)
            {
                for (var c = 0; c < _summaries[a].Length; c++)
                {
                    var theirs = other._summaries[a][c];
                    if (theirs is not null)
                    {
                        MergeInto(a, c, theirs);
                    }
                }
            }
        }
    }

    public IReadOnlyList<Diagnostic> ReportCorpus(Document document, CancellationToken cancellationToken = default) =>
        ReportCorpus(document, static _ => true, cancellationToken);

    /// <summary>
    /// The findings of the rules that compare articles, in one article, from the summaries of every article
    /// analysed. Call it once the run has analysed them all; it only reads the summaries, so articles may be
    /// reported from several threads at once.
    /// </summary>
    public IReadOnlyList<Diagnostic> ReportCorpus(Document document, Func<DiagnosticDescriptor, bool> includes, CancellationToken cancellationToken = default)
    {
        var output = new List<Diagnostic>();
        for (var a = 0; a < _analyzers.Length; a++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var analyzer = _analyzers[a];
            if (_summaries[a].Length == 0 || !includes(analyzer.Descriptor))
            {
                continue;
            }

            var reported = new List<Diagnostic>();
            var sink = new DiagnosticSink(analyzer.Descriptor, document, reported);
            try
            {
                for (var c = 0; c < _summaries[a].Length; c++)
                {
                    if (_summaries[a][c] is { } summary)
                    {
                        analyzer.Actions.CorpusActions[c].Report(summary, document, sink);
                    }
                }

                output.AddRange(Limited(reported, analyzer.Descriptor.Limit));
            }
            catch (Exception ex) when (ex is not OutOfMemoryException and not OperationCanceledException)
            {
                output.Add(Failure(analyzer, document, $"Rule {analyzer.Descriptor.Id} failed while comparing this article with the others and was skipped: {Describe(ex)}"));
            }
        }

        return output;
    }

    private void AnalyzeWith(int index, Document document, List<Diagnostic> output, bool collectCorpus)
    {
        var analyzer = _analyzers[index];
        var actions = analyzer.Actions;
        var reported = new List<Diagnostic>();
        var sink = new DiagnosticSink(analyzer.Descriptor, document, reported);
        try
        {
            RunSyntaxActions(actions, document, sink);
            foreach (var action in actions.DocumentActions)
            {
                action(new DocumentContext(document, sink, _today));
            }

            if (collectCorpus)
            {
                CollectWith(index, document);
            }

            output.AddRange(Limited(reported, analyzer.Descriptor.Limit));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException and not OperationCanceledException)
        {
            output.Add(Failure(analyzer, document, $"Rule {analyzer.Descriptor.Id} failed on this article and was skipped: {Describe(ex)}"));
        }
    }

    private void CollectWith(int index, Document document)
    {
        var collected = _analyzers[index].Actions.CorpusActions.Select(c => c.Collect(document)).ToArray();
        lock (_gate)
        {
            for (var c = 0; c < collected.Length; c++)
            {
                MergeInto(index, c, collected[c]);
            }
        }
    }

    /// <summary>A rule's findings in one article cut to its limit (Vale's <c>limit</c>): the first ones in the text.</summary>
    private static IEnumerable<Diagnostic> Limited(List<Diagnostic> reported, int? limit) =>
        limit is { } most && reported.Count > most ? reported.OrderBy(d => d.Location.Span.Start).ThenBy(d => d.Location.Span.Length).Take(most) : reported;

    private static Diagnostic Failure(RegisteredAnalyzer analyzer, Document document, string message)
    {
        var span = new TextSpan(0, 0);
        var location = new Location(document.Path, span, document.Text.GetLinePositionSpan(span));
        return new Diagnostic(EngineDescriptors.RuleFailure, Severity.Error, location, message);
    }

    private static void RunSyntaxActions(AnalysisContext actions, Document document, DiagnosticSink sink)
    {
        var wantsSentences = actions.SentenceActions.Count > 0 || actions.WordActions.Count > 0;
        for (var b = 0; b < document.Blocks.Count; b++)
        {
            var block = document.Blocks[b];
            foreach (var action in actions.BlockActions)
            {
                action(new BlockContext(document, block, b, sink));
            }

            if (!wantsSentences)
            {
                continue;
            }

            foreach (var sentence in block.Sentences)
            {
                foreach (var action in actions.SentenceActions)
                {
                    action(new SentenceContext(document, block, sentence, sink));
                }

                for (var w = 0; w < sentence.Words.Count && actions.WordActions.Count > 0; w++)
                {
                    foreach (var action in actions.WordActions)
                    {
                        action(new WordContext(document, block, sentence, w, sink));
                    }
                }
            }
        }
    }

    private void MergeInto(int analyzer, int action, object summary)
    {
        var current = _summaries[analyzer][action];
        _summaries[analyzer][action] = current is null
            ? summary
            : _analyzers[analyzer].Actions.CorpusActions[action].Merge(current, summary);
    }

    private static string Describe(Exception ex) => ex switch
    {
        RegexMatchTimeoutException timeout => $"its pattern took longer than {timeout.MatchTimeout.TotalSeconds:0.#} s.",
        _ => ex.Message,
    };
}
