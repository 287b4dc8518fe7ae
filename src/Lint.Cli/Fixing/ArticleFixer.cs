using Lint.Cli.Running;
using Lint.Fixes;
using Lint.Rules.Loading;
using Lint.Workspace.Findings;
using Lint.Workspace.Input;

namespace Lint.Cli.Fixing;

/// <summary>
/// Fixes articles in memory with <see cref="FixPasses"/>: every pass lints all of them together through the
/// <see cref="Linter"/>, so corpus rules compare the stories as they are after the previous pass.
/// </summary>
public sealed class ArticleFixer(Linter linter)
{
    /// <summary>
    /// The fixed texts, in the order of <paramref name="articles"/>, each linted with its configured settings.
    /// An article the linter could not read (markup nested past a parser's limit) has no findings, so it is
    /// left as it is. Only the fixes of the rules <paramref name="applies"/> accepts (all by default) are applied;
    /// the other findings are left for an editor, as findings without a fix are.
    /// </summary>
    public FixPassesResult Fix(RuleSet rules, IReadOnlyList<Article> articles, Func<Article, ArticleSettings> settingsFor, CancellationToken cancellationToken, Func<string, bool>? applies = null) =>
        FixPasses.Run(articles.Select(a => a.Text).ToList(), texts =>
        {
            var current = articles.Select((a, i) => a with { Text = texts[i] }).ToList();
            var lint = linter.Run(rules, current, [], settingsFor, null, cancellationToken);
            var byPath = lint.Articles.ToDictionary(
                a => a.Path,
                a => applies is null ? a.Diagnostics : [.. a.Diagnostics.Select(d => d.Fix is null || applies(d.Id) ? d : d with { Fix = null })],
                StringComparer.Ordinal);
            return current.Select(a => byPath.GetValueOrDefault(a.DisplayPath) ?? []).ToList();
        });
}
