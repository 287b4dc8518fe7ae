using Lint.Analysis;
using Lint.Rules.Loading;

namespace Lint.Rules.Kinds.Articles;

/// <summary>
/// <c>extends: articles</c> (Lint's own kind): "a" or "an" that does not fit the sound of the next word
/// ("a hour", "an university", "a FBI agent"), decided by the AvsAn package from how English writers
/// actually use the articles, and only where that usage is clear. <c>exceptions</c> lists next words to
/// leave alone. The fix swaps the article, keeping its capital. The message's <c>%s</c> are the right
/// article, the wrong one, and the next word. <c>ratio</c> (default 3) is how many times more often
/// writers must use one article than the other before a word is checked, counted by <see cref="ArticleUsage"/>.
/// </summary>
public sealed class ArticlesKind : RuleKind
{
    public override string Name => "articles";

    public override Analyzer? Create(RuleDefinition rule, RuleNode options)
    {
        var match = MatchOptions.Read(options, readNonWord: false);
        var ratio = options.GetInt("ratio", 2, 1000) ?? 3;
        return options.Errors.Any ? null : new ArticlesAnalyzer(rule, match, ratio);
    }
}
