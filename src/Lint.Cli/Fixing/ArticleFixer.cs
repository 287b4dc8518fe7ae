using Lint.Cli.Running;
using Lint.Fixes;
using Lint.Rules.Loading;
using Lint.Workspace.Findings;

namespace Lint.Cli.Fixing;

/// <summary>
/// Fixes articles on disk one at a time (<see cref="LintRun.Fix"/>): each is read, fixed to a fixed point
/// and handed on, and dropped, so a run over a large archive holds a few dozen at a time. When a rule
/// compares articles, a first pass collects every article's summary, and each article's fixes compare it
/// with the others as they were read.
/// </summary>
public sealed class ArticleFixer(Linter linter)
{
    /// <summary>
    /// Fixes the <paramref name="articles"/>, each with its configured settings, and hands each one read and
    /// its fixed text to <paramref name="fixedArticle"/>, in path order. An article a parser could not read
    /// (markup nested past its limit) is an input error and left as it is. Only the fixes of the rules
    /// <paramref name="applies"/> accepts are applied; the other findings are left for an editor, as findings
    /// without a fix are.
    /// </summary>
    public FixRunEnd Fix(
        RuleSet rules,
        IReadOnlyList<(string FullPath, ArticleSettings Settings)> articles,
        Func<string, bool> applies,
        Action<ArticleFile, FixedText> fixedArticle,
        CancellationToken cancellationToken)
    {
        var files = new FixFiles();
        var sources = articles.Select(a => ArticleSource.File(a.FullPath, a.Settings, files)).ToList();
        var (count, remaining, mostPasses, settled) = (0, 0, 0, true);
        var end = linter.Start(rules, null).Fix(
            sources,
            d => d.Fix is null || applies(d.Id) ? d : d with { Fix = null },
            (index, article, result) =>
            {
                var text = result.Texts[0];
                (count, remaining) = (count + 1, remaining + text.Remaining.Count);
                (mostPasses, settled) = (Math.Max(mostPasses, result.Passes), settled && result.ReachedFixedPoint);
                fixedArticle(files.File(articles[index].FullPath, article), text);
            },
            cancellationToken);
        return new FixRunEnd(end.InputErrors, count, remaining, mostPasses, settled);
    }
}
