using Lint.Cli.Running;
using Lint.Workspace.Findings;
using Lint.Workspace.Input;
using Lint.Workspace.Loading;

namespace Lint.Cli.Tests.Running;

/// <summary>
/// <c>lint fix</c> takes one article at a time (<see cref="LintRun.Fix"/>): read, fixed, handed on and dropped,
/// so a run over an archive never holds it all; the corpus rules still compare each story with the others.
/// </summary>
public class FixRunTests
{
    private static readonly string[] Stories =
    [
        "Mayor Ann Pruitt of Redding said it it was late.",
        "Ann Pruitt, the mayor, said the theater would reopen.",
        "The theater reopened, and Ann Pruit said the seats were sold.",
    ];

    [Fact]
    public void Fixing_sixty_stories_holds_a_few_at_a_time_not_all_of_them()
    {
        using var folder = new TempFolder();
        var paths = Enumerable.Range(0, 60).Select(i => folder.Write($"story{i:00}.txt", Stories[i % Stories.Length])).ToList();
        var files = new WatchedFiles();
        var mostAlive = 0;

        new LintRun(DefaultPack(), null) { Workers = 1, Window = 4 }.Fix(Sources(paths, files), d => d, (_, _, _) =>
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            mostAlive = Math.Max(mostAlive, files.Alive);
        }, CancellationToken.None);

        Assert.True(mostAlive <= 8, $"{mostAlive} of 60 articles were alive at once");
    }

    [Fact]
    public void Each_story_is_fixed_on_its_own_and_a_name_the_other_stories_spell_one_way_is_fixed_across_them()
    {
        using var folder = new TempFolder();
        var paths = Stories.Select((s, i) => folder.Write($"story{i}.txt", s)).ToList();
        var fixedTexts = new Dictionary<int, string>();

        var end = new LintRun(DefaultPack(), null) { Workers = 2, Window = 4 }.Fix(Sources(paths, DiskArticleFiles.Instance), d => d, (index, _, result) =>
            fixedTexts.Add(index, result.Texts[0].Text.Content), CancellationToken.None);

        Assert.Empty(end.InputErrors);
        Assert.Equal("Mayor Ann Pruitt of Redding said it was late.", fixedTexts[0]);
        Assert.Equal(Stories[1], fixedTexts[1]);
        Assert.Equal("The theater reopened, and Ann Pruitt said the seats were sold.", fixedTexts[2]);
    }

    private static Lint.Rules.Loading.RuleSet DefaultPack() => RuleCatalog.Load(new RuleOptions([], UseDefaults: true), []);

    private static List<ArticleSource> Sources(IEnumerable<string> paths, IArticleFiles files) =>
        [.. paths.Select(p => ArticleSource.File(p, ArticleSettings.Default, files))];

    /// <summary>The disk, keeping a weak reference to the text of each article read, to count those still alive.</summary>
    private sealed class WatchedFiles : IArticleFiles
    {
        private readonly List<WeakReference<Lint.Text.SourceText>> _read = [];

        public int Alive
        {
            get
            {
                lock (_read)
                {
                    return _read.Count(r => r.TryGetTarget(out _));
                }
            }
        }

        public Article? Read(string fullPath, List<InputError> errors)
        {
            var article = DiskArticleFiles.Instance.Read(fullPath, errors);
            if (article is not null)
            {
                lock (_read)
                {
                    _read.Add(new WeakReference<Lint.Text.SourceText>(article.Text));
                }
            }

            return article;
        }
    }
}
