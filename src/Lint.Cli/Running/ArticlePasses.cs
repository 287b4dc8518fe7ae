using Lint.Analysis;
using Lint.Diagnostics;
using Lint.Fixes;
using Lint.Formats;
using Lint.Syntax;
using Lint.Workspace.Findings;
using Lint.Workspace.Input;

namespace Lint.Cli.Running;

/// <summary>
/// The two passes of one <see cref="LintRun"/> over its articles, each article by index and from any
/// thread. When a rule compares articles (<see cref="FirstPass"/>), the first pass reads and parses every
/// article: while the texts it holds stay under <c>heldChars</c>, it analyses the article in full and
/// keeps the parsed article and its findings for the second pass, so the article is read and parsed once;
/// past that, it only counts the article in the corpus summaries and drops it, and the second pass reads
/// and parses it again (a run over a large archive never holds it all). The second pass (<see cref="Analyze"/>)
/// adds the corpus findings and post-processes. An article that could not be read is read no more, and its
/// error is kept once.
/// </summary>
internal sealed class ArticlePasses
{
    private readonly AnalysisRun _analysis;
    private readonly IReadOnlyList<ArticleSource> _sources;
    private readonly IReadOnlyCollection<string> _knownRuleIds;
    private readonly Baseline? _baseline;
    private readonly CancellationToken _cancellationToken;
    private readonly List<InputError>?[] _readErrors;
    private readonly IReadOnlyList<Diagnostic>?[] _collectFailures;
    private readonly Analysed?[] _held;
    private readonly long _heldChars;
    private readonly bool _corpus;
    private long _holding;

    public ArticlePasses(AnalysisRun analysis, IReadOnlyList<ArticleSource> sources, IReadOnlyCollection<string> knownRuleIds, Baseline? baseline, long heldChars, CancellationToken cancellationToken, bool fixing = false)
    {
        _analysis = analysis;
        _sources = sources;
        _knownRuleIds = knownRuleIds;
        _baseline = baseline;
        _heldChars = heldChars;
        _cancellationToken = cancellationToken;
        _readErrors = new List<InputError>?[sources.Count];
        _collectFailures = new IReadOnlyList<Diagnostic>?[sources.Count];
        _held = new Analysed?[sources.Count];
        var corpusRules = analysis.CorpusRules;
        _corpus = corpusRules.Count > 0
            && sources.Select(s => s.Settings).Distinct<ArticleSettings>(ReferenceEqualityComparer.Instance).Any(s => corpusRules.Any(d => s.IsEnabled(d.Id)));

        // A lone article is its own corpus: it is collected as it is analysed, and read once. An article
        // being fixed is analysed again after each pass of fixes, so its corpus is always collected first.
        FirstPass = _corpus && (sources.Count > 1 || fixing);
    }

    /// <summary>True when a rule that compares articles is enabled for some of them, and there are several.</summary>
    public bool FirstPass { get; }

    /// <summary>The articles that could not be read, in the order of the sources.</summary>
    public IEnumerable<InputError> ReadErrors => _readErrors.Where(e => e is not null).SelectMany(e => e!);

    /// <summary>The first pass over one article: analysed in full and held while there is room, else counted in the corpus summaries only.</summary>
    public void Collect(int index)
    {
        if (Read(index) is not { } article || Parse(index, article) is not { } document)
        {
            return;
        }

        var settings = _sources[index].Settings;
        if (Interlocked.Add(ref _holding, article.Text.Length) <= _heldChars)
        {
            var found = _analysis.Analyze(document, d => settings.IsEnabled(d.Id), collectCorpus: true, _cancellationToken);
            _held[index] = new Analysed(article.DisplayPath, document, found);
            return;
        }

        Interlocked.Add(ref _holding, -article.Text.Length);
        var failures = _analysis.Collect(document, d => settings.IsEnabled(d.Id), _cancellationToken);
        _collectFailures[index] = failures.Count > 0 ? failures : null;
    }

    /// <summary>The second pass over one article: its findings and the corpus's findings in it, post-processed; null if it could not be read.</summary>
    public ArticleResult? Analyze(int index)
    {
        var settings = _sources[index].Settings;
        bool Includes(DiagnosticDescriptor d) => settings.IsEnabled(d.Id);
        if (_held[index] is not { } analysed)
        {
            if (_readErrors[index] is not null || Read(index) is not { } article || Parse(index, article) is not { } document)
            {
                return null;
            }

            analysed = new Analysed(article.DisplayPath, document, _analysis.Analyze(document, Includes, collectCorpus: _corpus && !FirstPass, _cancellationToken));
        }

        _held[index] = null;
        var found = new List<Diagnostic>(analysed.Found);
        if (_corpus)
        {
            found.AddRange(_analysis.ReportCorpus(analysed.Document, Includes, _cancellationToken));
            found.AddRange(_collectFailures[index] ?? []);
        }

        return ArticleFindings.Process(analysed.Path, analysed.Document, found, settings, _knownRuleIds, _baseline);
    }

    /// <summary>
    /// Fixes one article on its own to a fixed point (<see cref="FixPasses"/>): each pass analyses its current
    /// text with its settings, the corpus rules comparing it with every article as it was read, and applies
    /// the fixes <paramref name="keep"/> leaves. Null if it could not be read.
    /// </summary>
    public (Article Article, FixPassesResult Result)? Fix(int index, Func<Diagnostic, Diagnostic> keep)
    {
        _held[index] = null;
        if (_readErrors[index] is not null || Read(index) is not { } article)
        {
            return null;
        }

        var result = FixPasses.Run(article.Text, text => [.. Findings(index, article with { Text = text }).Select(keep)]);
        return (article, result);
    }

    /// <summary>One text of an article analysed after the first pass, post-processed; none if it goes past a parser's limit.</summary>
    private IReadOnlyList<Diagnostic> Findings(int index, Article article)
    {
        if (Parse(index, article) is not { } document)
        {
            return [];
        }

        var settings = _sources[index].Settings;
        bool Includes(DiagnosticDescriptor d) => settings.IsEnabled(d.Id);
        var found = new List<Diagnostic>(_analysis.Analyze(document, Includes, collectCorpus: false, _cancellationToken));
        if (_corpus)
        {
            found.AddRange(_analysis.ReportCorpus(document, Includes, _cancellationToken));
            found.AddRange(_collectFailures[index] ?? []);
        }

        return ArticleFindings.Process(article.DisplayPath, document, found, settings, _knownRuleIds, _baseline).Diagnostics;
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
            return DocumentFormats.Parse(article.DisplayPath, article.Extension, article.Text, _sources[index].Settings.Parsing);
        }
        catch (ArticleLimitException ex)
        {
            _readErrors[index] = [new InputError(article.DisplayPath, $"line {ex.Line}, column {ex.Column}: {ex.Problem} ({ex.Limit}); not linted.")];
            return null;
        }
    }

    /// <summary>An article parsed and analysed (without the corpus findings), with the path its findings carry.</summary>
    private sealed record Analysed(string Path, Document Document, IReadOnlyList<Diagnostic> Found);
}
