using Lint.Analysis;
using Lint.Diagnostics;
using Lint.Language;
using Lint.Rules.Loading;
using Lint.Text;

namespace Lint.Rules.Kinds.Articles;

/// <summary>Checks each "a" and "an" against the word after it.</summary>
public sealed class ArticlesAnalyzer(RuleDefinition rule, MatchOptions options, int ratio) : Analyzer(rule.ToDescriptor())
{
    public override void Initialize(AnalysisContext context) => context.RegisterWordAction(Analyze);

    private void Analyze(WordContext context)
    {
        if (!rule.Scope.Includes(context.Block.Kind) || context.Index + 1 >= context.Sentence.Words.Count)
        {
            return;
        }

        var text = context.Document.Text;
        var article = context.Word.Span;
        var written = text[article];
        var isA = written is "a" || (written is "A" && context.Index == 0);
        var isAn = written is "an" || (written is "An" && context.Index == 0);
        if (!isA && !isAn)
        {
            return;
        }

        var next = context.Sentence.Words[context.Index + 1].Span;
        if (!text[TextSpan.FromBounds(article.End, next.Start)].SequenceEqual(" "))
        {
            return;
        }

        var word = text.ToString(next);
        if (options.IsException(word) || IsCodeOrAmount(word))
        {
            return;
        }

        var (expected, forExpected, forOther) = ArticleUsage.Query(word);
        if (expected == (isAn ? "an" : "a") || forExpected < ratio * Math.Max(1, forOther))
        {
            return;
        }

        if (OtherLanguage.IsSentence(context.Sentence.Tokens(text)))
        {
            // "Ar dheis Dé go raibh a anam": another language's "a".
            return;
        }

        var replacement = WordShape.CaseLike(written.ToString(), expected);
        var message = MessageFormat.Format(rule.Message, replacement, written.ToString(), word);
        context.Report(article, message, new Fix($"Replace with '{replacement}'", [new TextEdit(article, replacement)]));
    }

    /// <summary>
    /// A capital letter or two before a figure is read either way: as letters in a code ("an N95 mask", "an M4
    /// junction", "a B12 shot") or as a currency before an amount ("a R180 million deal", "a N4.2 billion
    /// contract"), so the article is left alone.
    /// </summary>
    private static bool IsCodeOrAmount(string word) =>
        word.Length >= 2 && char.IsAsciiLetterUpper(word[0])
        && (char.IsAsciiDigit(word[1]) || (word.Length >= 3 && char.IsAsciiLetter(word[1]) && char.IsAsciiDigit(word[2])));
}
