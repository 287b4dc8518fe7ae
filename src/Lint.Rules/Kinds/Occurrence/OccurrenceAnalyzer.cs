using System.Text.RegularExpressions;
using Lint.Analysis;
using Lint.Rules.Loading;
using Lint.Text;

namespace Lint.Rules.Kinds.Occurrence;

/// <summary>Counts the token in each unit of the scope and flags a count past <c>max</c> or short of <c>min</c>.</summary>
public sealed class OccurrenceAnalyzer(RuleDefinition rule, Regex token, int min, int max) : Analyzer(rule.ToDescriptor())
{
    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    private void Analyze(DocumentContext context)
    {
        var text = context.Document.Text.Content;
        foreach (var unit in ScopeUnit.Of(context.Document, rule.Scope))
        {
            var found = unit.Parts.SelectMany(p => Matches(text, p.Block, p.Span)).ToList();
            if ((max > 0 && found.Count > max) || (min > 0 && found.Count < min))
            {
                context.Report(found.Count > 0 ? found[0] : unit.Anchor, rule.Message);
            }
        }
    }

    /// <summary>The token's matches in a part of the unit, leaving out those that touch what is not prose.</summary>
    private IEnumerable<TextSpan> Matches(string text, Lint.Syntax.Block block, TextSpan span)
    {
        for (var match = token.Match(text, span.Start, span.Length); match.Success; match = match.NextMatch())
        {
            var found = new TextSpan(match.Index, match.Length);
            if (match.Length > 0 && !block.TouchesExcluded(found))
            {
                yield return found;
            }
        }
    }
}
