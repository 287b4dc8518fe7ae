using System.Globalization;
using Lint.Analysis;
using Lint.Rules.Loading;
using Lint.Syntax;

namespace Lint.Rules.Kinds.Metric;

/// <summary>Measures each unit of the scope and reports those whose result meets the condition.</summary>
public sealed class MetricAnalyzer(RuleDefinition rule, MetricFormula formula, MetricCondition condition) : Analyzer(rule.ToDescriptor())
{
    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    private void Analyze(DocumentContext context)
    {
        var document = context.Document;
        foreach (var unit in ScopeUnit.Of(document, rule.Scope, summaryByDefault: true))
        {
            var values = TextCounts.Of(document.Text.Content, unit.Parts);
            if (values["words"] == 0)
            {
                continue;
            }

            AddElements(values, document, unit.Parts.Select(p => p.Block).Distinct().ToList());
            var result = formula.Evaluate(values);
            if (double.IsFinite(result) && condition.IsMet(result, values))
            {
                context.Report(unit.Anchor, MessageFormat.Format(rule.Message, result.ToString("0.00", CultureInfo.InvariantCulture)));
            }
        }
    }

    /// <summary>The element counts: paragraphs, headings by level, list items, quotes; <c>pre</c> is 0, as code is never prose.</summary>
    private static void AddElements(Dictionary<string, double> values, Document document, List<Block> blocks)
    {
        values["paragraphs"] = blocks.Count(b => b.Kind == BlockKind.Paragraph);
        values["list"] = blocks.Count(b => b.Kind == BlockKind.ListItem);
        values["blockquote"] = blocks.Count(b => b.Kind == BlockKind.Quote);
        values["pre"] = 0;
        var headings = document.Blocks.Where(b => b.Kind == BlockKind.Heading).Select(b => HeadingLevel.Of(document, b)).ToList();
        for (var level = 1; level <= 6; level++)
        {
            values[$"heading_h{level}"] = headings.Count(h => h == level);
        }
    }
}
