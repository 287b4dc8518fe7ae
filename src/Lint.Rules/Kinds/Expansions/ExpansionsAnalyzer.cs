using Lint.Analysis;
using Lint.Diagnostics;
using Lint.Language;
using Lint.Rules.Loading;
using Lint.Text;

namespace Lint.Rules.Kinds.Expansions;

/// <summary>Flags the lower-case words of a name spelled out before its abbreviation in brackets, one sentence at a time.</summary>
public sealed class ExpansionsAnalyzer(RuleDefinition rule, ISet<string> skip, int capitals) : Analyzer(rule.ToDescriptor())
{
    private const int LongestAbbreviation = 8;

    public override void Initialize(AnalysisContext context) => context.RegisterSentenceAction(Analyze);

    private void Analyze(SentenceContext context)
    {
        if (!rule.Scope.Includes(context.Block.Kind))
        {
            return;
        }

        var text = context.Document.Text.Content;
        var tokens = context.Sentence.Tokens(context.Document.Text);
        for (var i = 1; i < tokens.Count; i++)
        {
            var abbreviation = tokens[i];
            if (!IsBracketedAbbreviation(text, abbreviation) || !IsSpaceOnly(text, tokens[i - 1].Span.End, abbreviation.Span.Start - 1))
            {
                continue;
            }

            var first = Expansion.FirstWord(tokens, i - 1, abbreviation.Text, skip, w => IsSpaceOnly(text, tokens[w].Span.End, tokens[w + 1].Span.Start));
            if (first < 0)
            {
                continue;
            }

            var words = Enumerable.Range(first, i - first).ToList();
            var capitalized = words.Where(w => w > 0).Sum(w => CapitalizedParts(tokens[w].Text));
            if (capitalized < capitals)
            {
                continue;
            }

            var name = TextSpan.FromBounds(tokens[first].Span.Start, tokens[i - 1].Span.End);
            foreach (var word in words.Select(w => tokens[w]).Where(t => t.Casing == Casing.Lower && !skip.Contains(t.Lower)))
            {
                if (context.Block.TouchesExcluded(word.Span))
                {
                    continue;
                }

                var form = WordShape.UpperFirst(word.Text);
                var message = MessageFormat.Format(rule.Message, word.Text, context.Document.Text.ToString(name), abbreviation.Text, form);
                context.Report(word.Span, message, new Fix($"Replace with '{form}'", [new TextEdit(word.Span, form)]));
            }
        }
    }

    /// <summary>How many of a word's hyphenated parts begin with a capital: two for "Anti-Fraud", one for "Co-op".</summary>
    private static int CapitalizedParts(string word) =>
        word.Split('-', StringSplitOptions.RemoveEmptyEntries).Count(p => char.IsUpper(p[0]));

    /// <summary>"(FID)": two to eight capital letters, alone in brackets.</summary>
    private static bool IsBracketedAbbreviation(string text, Token token) =>
        token.Casing == Casing.Upper
        && token.Text.Length is >= 2 and <= LongestAbbreviation
        && token.Text.All(char.IsAsciiLetterUpper)
        && token.Span.Start > 0 && text[token.Span.Start - 1] == '('
        && token.Span.End < text.Length && text[token.Span.End] == ')';

    private static bool IsSpaceOnly(string text, int start, int end) =>
        end > start && text.AsSpan(start, end - start).Trim(' ').IsEmpty;
}
