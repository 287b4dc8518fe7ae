using Lint.Diagnostics;
using Lint.Workspace.Findings;

namespace Lint.Workspace.Reporting;

/// <summary>
/// The counts of a run, kept as its articles are reported so that nothing else need be kept: articles,
/// shown findings by severity, every finding recorded (suppressed and baselined included), and whether a
/// shown finding reached its article's fail level. The summary line and the exit code need only these.
/// </summary>
public sealed class RunTally
{
    private readonly int[] _shown = new int[Enum.GetValues<Severity>().Max(s => (int)s) + 1];

    public int Articles { get; private set; }

    /// <summary>Every finding at or above the minimum level, suppressed and baselined ones included (what SARIF writes before its cap).</summary>
    public int Recorded { get; private set; }

    public bool Fails { get; private set; }

    /// <summary>The shown findings of all articles.</summary>
    public int Shown => _shown.Sum();

    public static RunTally Of(IEnumerable<ArticleResult> articles)
    {
        var tally = new RunTally();
        foreach (var article in articles)
        {
            tally.Add(article);
        }

        return tally;
    }

    /// <summary>The shown findings of this severity.</summary>
    public int Count(Severity severity) => _shown[(int)severity];

    public void Add(ArticleResult article)
    {
        Articles++;
        Recorded += article.All.Count;
        Fails |= article.Fails;
        foreach (var diagnostic in article.Diagnostics)
        {
            _shown[(int)diagnostic.Severity]++;
        }
    }
}
