using System.Runtime.CompilerServices;
using Lint.Analysis;
using Lint.Diagnostics;
using Lint.Formats;
using Lint.Rules.Loading;
using Lint.Text;
using Lint.Workspace.Findings;

namespace Lint.Workspace.Running;

/// <summary>
/// Lints one story held in memory on its own, as <c>lint check</c> lints a lone article: parsed by its
/// format, analysed with the corpus rules seeing just this story, then post-processed by
/// <see cref="ArticleFindings"/> (house style, source mapping, lint comments, severities, duplicates, the
/// minimum level). One analyzer driver is built per rule set and shared by every story and thread.
/// </summary>
public sealed class StoryLinter
{
    private readonly ConditionalWeakTable<RuleSet, Driver> _drivers = [];

    /// <summary>
    /// The story's findings. <paramref name="extension"/> picks the parser (<c>.txt</c>, <c>.md</c>,
    /// <c>.html</c>; anything else is plain text). Throws <see cref="ArticleLimitException"/> when the markup
    /// goes past a parser's limit, and <see cref="OperationCanceledException"/> when cancelled.
    /// </summary>
    public ArticleResult Lint(RuleSet rules, ArticleSettings settings, string path, string extension, SourceText text, CancellationToken cancellationToken)
    {
        var driver = _drivers.GetValue(rules, set => new Driver(set));
        var document = DocumentFormats.Parse(path, extension, text, settings.Parsing);
        var run = driver.Analyzers.StartRun(RunDate.Today());
        bool Includes(DiagnosticDescriptor d) => settings.IsEnabled(d.Id);
        var found = new List<Diagnostic>(run.Analyze(document, Includes, collectCorpus: true, cancellationToken));
        found.AddRange(run.ReportCorpus(document, Includes, cancellationToken));
        return ArticleFindings.Process(path, document, found, settings, driver.KnownIds, baseline: null);
    }

    /// <summary>The rules of the set (the engine's own included) as reports describe them.</summary>
    public IReadOnlyList<DiagnosticDescriptor> Descriptors(RuleSet rules) => _drivers.GetValue(rules, set => new Driver(set)).Descriptors;

    private sealed class Driver
    {
        public Driver(RuleSet rules)
        {
            Analyzers = new AnalyzerDriver(rules.Analyzers);
            Descriptors = EngineDescriptors.With(Analyzers.Descriptors);
            KnownIds = Descriptors.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        }

        public AnalyzerDriver Analyzers { get; }

        public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; }

        public HashSet<string> KnownIds { get; }
    }
}
