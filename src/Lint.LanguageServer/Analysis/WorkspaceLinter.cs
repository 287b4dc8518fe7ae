using Lint.Diagnostics;
using Lint.Formats;
using Lint.LanguageServer.Documents;
using Lint.LanguageServer.Session;
using Lint.Rules.Loading;
using Lint.Syntax;
using Lint.Text;
using Lint.Workspace.Findings;
using Lint.Workspace.Running;
using Microsoft.Extensions.Logging;

namespace Lint.LanguageServer.Analysis;

/// <summary>
/// Lints the open documents as <c>lint check</c> lints a folder: every story that shares a rule set
/// (the open documents, and the workspace's other stories read from disk, where an open document wins
/// over its file) is analysed in one run, so corpus rules compare them all; only the open documents'
/// findings are kept, post-processed by <see cref="ArticleFindings"/> as <c>lint check</c> does (suppressed findings are not published). Stories the configuration ignores are
/// left out, and an ignored open document gets no findings. A document past a limit (longer than
/// <see cref="LanguageServerOptions.MaxDocumentLength"/>, nested past a parser's limit, or out of its
/// <see cref="LanguageServerOptions.AnalysisBudget"/>) gets one finding saying so and is left out of the
/// corpus; the others are linted as usual. No document publishes more than <see cref="LanguageServerOptions.MaxDiagnostics"/>.
/// </summary>
public sealed class WorkspaceLinter(IRuleSetProvider rules, WorkspaceRoots roots, WorkspaceStories disk, LanguageServerOptions options)
{
    private readonly DriverCache _drivers = new();

    /// <summary>
    /// Lints <paramref name="open"/>; <paramref name="superseded"/>, when given, is a token per open document
    /// that is cancelled when a newer version of it arrives, which stops that document's analysis alone.
    /// </summary>
    public IReadOnlyList<DocumentLint> Lint(IReadOnlyList<OpenDocument> open, CancellationToken cancellationToken, Func<OpenDocument, CancellationToken>? superseded = null)
    {
        var stories = Gather(open, cancellationToken);
        var found = open.ToDictionary(d => d.Uri, _ => (IReadOnlyList<Diagnostic>)[], StringComparer.Ordinal);
        foreach (var group in stories.GroupBy(s => s.Rules).Where(g => g.Any(s => s.Open is not null)))
        {
            Run(group.Key, [.. group], found, superseded, cancellationToken);
        }

        return [.. open.Select(d => new DocumentLint(d, found[d.Uri]))];
    }

    private List<Story> Gather(IReadOnlyList<OpenDocument> open, CancellationToken cancellationToken)
    {
        var stories = new List<Story>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var openPaths = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in open)
        {
            if (document.LocalPath is { } path)
            {
                openPaths.Add(path);
            }

            var settings = rules.GetSettings(document.LocalPath);
            if (settings.IsIgnored)
            {
                continue;
            }

            var key = Key(document.LocalPath is { } p ? roots.DisplayPath(p) : document.Uri, document.Uri, keys);
            stories.Add(new Story(key, document.Extension, document.Text, rules.GetRules(document.LocalPath), settings, document));
        }

        if (stories.Count == 0)
        {
            return stories;
        }

        foreach (var story in disk.Read(cancellationToken).Where(s => !openPaths.Contains(s.FullPath)))
        {
            var settings = rules.GetSettings(story.FullPath);
            if (settings.IsIgnored)
            {
                continue;
            }

            var key = Key(roots.DisplayPath(story.FullPath), story.FullPath, keys);
            stories.Add(new Story(key, Path.GetExtension(story.FullPath).ToLowerInvariant(), story.Text, rules.GetRules(story.FullPath), settings, null));
        }

        return stories;
    }

    /// <summary>A story's path in its findings: relative if possible, unique in the pass whatever happens.</summary>
    private static string Key(string preferred, string fallback, HashSet<string> used)
    {
        var key = used.Add(preferred) ? preferred : fallback;
        for (var n = 2; key != preferred && !used.Add(key); n++)
        {
            key = $"{fallback} ({n})";
        }

        return key;
    }

    private void Run(RuleSet ruleSet, List<Story> stories, Dictionary<string, IReadOnlyList<Diagnostic>> found, Func<OpenDocument, CancellationToken>? superseded, CancellationToken cancellationToken)
    {
        var driver = _drivers.For(ruleSet);
        var run = driver.StartRun(RunDate.Today());
        var documents = new Document[stories.Count];
        var perStory = new List<Diagnostic>[stories.Count];
        var refused = new Diagnostic?[stories.Count];
        var parallel = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.For(0, stories.Count, parallel, i =>
        {
            var story = stories[i];
            if (story.Text.Length > options.MaxDocumentLength)
            {
                refused[i] = DocumentLimits.Refused(story.Key, story.Text, 0, 0, $"This document has {story.Text.Length:N0} characters, more than the {options.MaxDocumentLength:N0} the language server lints (MaxDocumentLength); it is not linted.");
                return;
            }

            var newer = story.Open is { } open && superseded is not null ? superseded(open) : CancellationToken.None;
            using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, newer);
            budget.CancelAfter(options.AnalysisBudget);
            try
            {
                documents[i] = DocumentFormats.Parse(story.Key, story.Extension, story.Text, story.Settings.Parsing);
                perStory[i] = [.. run.Analyze(documents[i], d => story.Settings.IsEnabled(d.Id), budget.Token)];
            }
            catch (ArticleLimitException ex)
            {
                refused[i] = DocumentLimits.Refused(story.Key, story.Text, ex.Line - 1, ex.Column - 1, $"{ex.Problem} ({ex.Limit}); this document is not linted.");
            }
            catch (OperationCanceledException) when (newer.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                refused[i] = DocumentLimits.Refused(story.Key, story.Text, 0, 0, "A newer version of this document arrived; this one was not linted."); // stale: never published
            }
            catch (OperationCanceledException) when (budget.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                refused[i] = DocumentLimits.Refused(story.Key, story.Text, 0, 0, $"Linting this document took more than {options.AnalysisBudget.TotalSeconds:N0} s (the language server's AnalysisBudget); it was stopped, and the other documents were linted.");
            }
        });

        Parallel.For(0, stories.Count, parallel, i =>
        {
            if (stories[i].Open is not null && refused[i] is null)
            {
                perStory[i].AddRange(run.ReportCorpus(documents[i], d => stories[i].Settings.IsEnabled(d.Id), cancellationToken));
            }
        });

        var known = EngineDescriptors.With(driver.Descriptors).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < stories.Count; i++)
        {
            if (stories[i].Open is not { } document)
            {
                continue;
            }

            found[document.Uri] = refused[i] is { } limit
                ? [limit]
                : DocumentLimits.Capped(ArticleFindings.Process(stories[i].Key, documents[i], perStory[i], stories[i].Settings, known, baseline: null).Diagnostics, options.MaxDiagnostics, stories[i].Key, stories[i].Text);
        }
    }
}
