using System.Collections.Concurrent;
using Lint.Cli.Running;
using Lint.Workspace.Findings;
using Lint.Workspace.Input;
using Lint.Workspace.Loading;

namespace Lint.Cli.Tests.Running;

/// <summary>
/// A run with the default pack (whose corpus rules compare the stories) reads each story file once, counted
/// through <see cref="IArticleFiles"/>; a run told to hold no text reads each twice and finds the same.
/// </summary>
public class ReadOnceTests
{
    private static readonly string[] Stories =
    [
        "Chinese materials are filing critical gaps, said Mayor Ann Pruitt of Redding.",
        "Ann Pruit, the mayor, said the theater would reopen toward the end of the year.",
        "The theatre reopened. Pruitt said 12 percent of the seats were sold.",
        "Sales rose 12% at the Redding theater, and towards noon the line was long.",
    ];

    [Fact]
    public void Each_story_of_a_hundred_story_folder_is_read_once()
    {
        using var folder = new TempFolder();
        var paths = Enumerable.Range(0, 100).Select(i => folder.Write($"story{i:000}.txt", Stories[i % Stories.Length])).ToList();
        var files = new CountingFiles();

        var found = Lint(new LintRun(DefaultPack(), null) { Workers = 2, Window = 4 }, paths, files);

        Assert.Equal(100, found.Count);
        Assert.Contains(found, f => f.Contains("Newsroom.", StringComparison.Ordinal));
        Assert.All(paths, p => Assert.Equal(1, files.Reads[p]));
    }

    [Fact]
    public void A_run_that_may_hold_no_text_reads_each_story_again_and_finds_the_same()
    {
        using var folder = new TempFolder();
        var paths = Enumerable.Range(0, 12).Select(i => folder.Write($"story{i:00}.txt", Stories[i % Stories.Length])).ToList();
        var rules = DefaultPack();
        var holding = new CountingFiles();
        var rereading = new CountingFiles();

        var held = Lint(new LintRun(rules, null) { Workers = 2, Window = 4 }, paths, holding);
        var reread = Lint(new LintRun(rules, null) { Workers = 2, Window = 4, HeldChars = 0 }, paths, rereading);

        Assert.Equal(held, reread);
        Assert.All(paths, p => Assert.Equal((1, 2), (holding.Reads[p], rereading.Reads[p])));
    }

    private static Lint.Rules.Loading.RuleSet DefaultPack() => RuleCatalog.Load(new RuleOptions([], UseDefaults: true), []);

    private static List<string> Lint(LintRun run, IEnumerable<string> paths, IArticleFiles files)
    {
        var found = new List<string>();
        run.Lint([.. paths.Select(p => ArticleSource.File(p, ArticleSettings.Default, files))], [], a => found.Add($"{a.Path}: {string.Join("; ", a.All.Select(d => $"{d.Id} {d.Location.Span.Start} {d.Message}"))}"), CancellationToken.None);
        return found;
    }

    /// <summary>The disk, counting the reads of each file.</summary>
    private sealed class CountingFiles : IArticleFiles
    {
        public ConcurrentDictionary<string, int> Reads { get; } = new(StringComparer.Ordinal);

        public Article? Read(string fullPath, List<InputError> errors)
        {
            Reads.AddOrUpdate(fullPath, 1, (_, n) => n + 1);
            return DiskArticleFiles.Instance.Read(fullPath, errors);
        }
    }
}
