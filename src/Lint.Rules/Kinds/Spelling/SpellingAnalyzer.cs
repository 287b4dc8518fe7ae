using System.Text.RegularExpressions;
using Lint.Analysis;
using Lint.Language.Spelling;
using Lint.Rules.Loading;

namespace Lint.Rules.Kinds.Spelling;

/// <summary>Looks each word of the rule's scope up, as Vale does: converted by the dictionaries' <c>ICONV</c>, skipped by the filters, flagged when no dictionary or word list has it.</summary>
public sealed class SpellingAnalyzer(RuleDefinition rule, SpellChecker checker, IReadOnlyList<Regex> filters, bool standardFilters) : Analyzer(rule.ToDescriptor())
{
    public override void Initialize(AnalysisContext context) => context.RegisterWordAction(Analyze);

    private void Analyze(WordContext context)
    {
        if (!rule.Scope.Includes(context.Block.Kind))
        {
            return;
        }

        var word = checker.Convert(context.Document.Text.ToString(context.Word.Span));
        if ((standardFilters && SpellingFilters.Skips(word)) || Filtered(word) || checker.IsCorrect(word))
        {
            return;
        }

        context.Report(context.Word.Span, MessageFormat.Format(rule.Message, word));
    }

    private bool Filtered(string word)
    {
        for (var i = 0; i < filters.Count; i++)
        {
            if (filters[i].IsMatch(word))
            {
                return true;
            }
        }

        return false;
    }
}
