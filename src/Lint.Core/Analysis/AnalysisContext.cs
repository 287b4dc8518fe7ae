using Lint.Syntax;

namespace Lint.Analysis;

/// <summary>Where an analyzer registers its actions, once, when the driver is built.</summary>
public sealed class AnalysisContext
{
    internal List<Action<WordContext>> WordActions { get; } = [];

    internal List<Action<SentenceContext>> SentenceActions { get; } = [];

    internal List<Action<BlockContext>> BlockActions { get; } = [];

    internal List<Action<DocumentContext>> DocumentActions { get; } = [];

    internal List<CorpusAction> CorpusActions { get; } = [];

    public void RegisterWordAction(Action<WordContext> action) => WordActions.Add(action);

    public void RegisterSentenceAction(Action<SentenceContext> action) => SentenceActions.Add(action);

    public void RegisterBlockAction(Action<BlockContext> action) => BlockActions.Add(action);

    public void RegisterDocumentAction(Action<DocumentContext> action) => DocumentActions.Add(action);

    /// <summary>
    /// Registers an action that compares the articles of a run. <paramref name="collect"/> reads one article
    /// into a small summary; <paramref name="merge"/> combines two summaries (it must be associative, so a run
    /// can be split into shards); once every article has been collected, <paramref name="report"/> runs on
    /// each article in turn with the merged summary and reports into that article. Nothing but the summary
    /// is kept between the two, so a run over a million articles need not hold them.
    /// </summary>
    public void RegisterCorpusAction<TSummary>(
        Func<Document, TSummary> collect,
        Func<TSummary, TSummary, TSummary> merge,
        Action<CorpusContext<TSummary>> report)
        where TSummary : class =>
        CorpusActions.Add(new CorpusAction<TSummary>(collect, merge, report));
}
