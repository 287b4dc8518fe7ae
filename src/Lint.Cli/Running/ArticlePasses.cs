using Lint.Analysis;
using Lint.Cli.Baselines;
using Lint.Cli.Input;
using Lint.Diagnostics;
using Lint.Formats;
using Lint.Syntax;

namespace Lint.Cli.Running;

/// <summary>
/// The two passes of one <see cref="LintRun"/> over its articles, each article by index and from any
/// thread. <see cref="Collect"/> (the first pass, only when <see cref="FirstPass"/>) reads and parses an
/// article to count it in the corpus summaries; <see cref="Analyze"/> reads and parses it again for
/// everything else. An article that could not be read is read no more, and its error is kept once.
/// </summary>
internal sealed class ArticlePasses
{
    private static readonly IDocumentParser PlainText = new PlainTextParser();

    private readonly AnalysisRun _analysis;
    private readonly IReadOnlyList<ArticleSource> _sources;
    private readonly IReadOnlyCollection<string> _knownRuleIds;
    private readonly Baseline? _baseline;
    private readonly CancellationToken _cancellationToken;
    private readonly List<InputError>?[] _readErrors;
    private readonly IReadOnlyList<Diagnostic>?[] _collectFailures;
    private readonly bool _corpus;

    public ArticlePasses(AnalysisRun analysis, IReadOnlyList<ArticleSource> sources, IReadOnlyCollection<string> knownRuleIds, Baseline? baseline, CancellationToken cancellationToken)
    {
        _analysis = analysis;
        _sources = sources;
        _knownRuleIds = knownRuleIds;
        _baseline = baseline;
        _cancellationToken = cancellationToken;
        _readErrors = new List<InputError>?[sources.Count];
        _collectFailures = new IReadOnlyList<Diagnostic>?[sources.Count];
        var corpusRules = analysis.CorpusRules;
        _corpus = corpusRules.Count > 0
            && sources.Select(s => s.Settings).Distinct<ArticleSettings>(ReferenceEqualityComparer.Instance).Any(s => corpusRules.Any(d => s.IsEnabled(d.Id)));

        // A lone article is its own corpus: it is collected as it is analysed, and read once.
        FirstPass = _corpus && sources.Count > 1;
    }

    /// <summary>True when a rule that compares articles is enabled for some of them, and there are several.</summary>
    public bool FirstPass { get; }

    /// <summary>The articles that could not be read, in the order of the sources.</summary>
    public IEnumerable<InputError> ReadErrors => _readErrors.Where(e => e is not null).SelectMany(e => e!);

    /// <summary>The first pass over one article: its corpus summaries only (and the failures of rules that threw, kept for the second pass).</summary>
    public void Collect(int index)
    {
        var source = _sources[index];
        if (Read(index) is not { } article || Parse(index, article) is not { } document)
        {
            return;
        }

        var failures = _analysis.Collect(document, d => source.Settings.IsEnabled(d.Id), _cancellationToken);
        _collectFailures[index] = failures.Count > 0 ? failures : null;
    }

    /// <summary>The second pass over one article: its findings and the corpus's findings in it, post-processed; null if it could not be read.</summary>
    public ArticleResult? Analyze(int index)
    {
        if (_readErrors[index] is not null || Read(index) is not { } article || Parse(index, article) is not { } document)
        {
            return null;
        }

        var settings = _sources[index].Settings;
        bool Includes(DiagnosticDescriptor d) => settings.IsEnabled(d.Id);
        var found = new List<Diagnostic>(_analysis.Analyze(document, Includes, collectCorpus: _corpus && !FirstPass, _cancellationToken));
        if (_corpus)
        {
            found.AddRange(_analysis.ReportCorpus(document, Includes, _cancellationToken));
            found.AddRange(_collectFailures[index] ?? []);
        }

        return ArticleFindings.Process(article.DisplayPath, document, found, settings, _knownRuleIds, _baseline);
    }

    private Article? Read(int index)
    {
        var errors = new List<InputError>();
        var article = _sources[index].Read(errors);
        if (errors.Count > 0)
        {
            _readErrors[index] = errors;
        }

        return article;
    }

    /// <summary>The parsed article, or null (and an error kept like a read error) when it goes past a parser's limit.</summary>
    private Document? Parse(int index, Article article)
    {
        try
        {
            return (DocumentFormats.ForExtension(article.Extension) ?? PlainText).Parse(article.DisplayPath, article.Text);
        }
        catch (ArticleLimitException ex)
        {
            _readErrors[index] = [new InputError(article.DisplayPath, $"line {ex.Line}, column {ex.Column}: {ex.Problem} ({ex.Limit}); not linted.")];
            return null;
        }
    }
}
