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
        if (options.IsException(word))
        {
            return;
        }

        var (expected, forExpected, forOther) = ArticleUsage.Query(word);
        if (expected == (isAn ? "an" : "a") || forExpected < ratio * Math.Max(1, forOther))
        {
            return;
        }

        var replacement = WordShape.CaseLike(written.ToString(), expected);
        var message = MessageFormat.Format(rule.Message, replacement, written.ToString(), word);
        context.Report(article, message, new Fix($"Replace with '{replacement}'", [new TextEdit(article, replacement)]));
    }
}
