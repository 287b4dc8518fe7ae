using Lint.Analysis;
using Lint.Rules.Loading;
using YamlDotNet.RepresentationModel;

namespace Lint.Rules.Kinds.Metric;

/// <summary>
/// <c>extends: metric</c>, as in Vale: works out <c>formula</c> over Vale's readability variables (see
/// <see cref="MetricFormula"/> and <see cref="TextCounts"/>) and flags the unit when the result meets
/// <c>condition</c> ("&gt; 8.0"). With no scope, or <c>scope: text</c> or <c>summary</c>, the unit is the
/// document's body text, as Vale measures it; another scope measures each block (or sentence) on its own,
/// as Vale's Readability style does per paragraph. Text with no words is not measured. The finding is at
/// the unit's first word, and the message's <c>%s</c> is the result to two decimals.
/// </summary>
public sealed class MetricKind : RuleKind
{
    public override string Name => "metric";

    public override Analyzer? Create(RuleDefinition rule, RuleNode options)
    {
        var formulaNode = options.GetScalar("formula", required: true);
        var conditionNode = options.GetScalar("condition", required: true);
        var formula = Read(formulaNode, options, MetricFormula.Parse, "formula");
        var condition = Read(conditionNode, options, MetricCondition.Parse, "condition");
        return formula is null || condition is null ? null : new MetricAnalyzer(rule, formula, condition);
    }

    private static T? Read<T>(YamlScalarNode? node, RuleNode options, Func<string, T> parse, string key)
        where T : class
    {
        if (node?.Value is not { } text)
        {
            return null;
        }

        try
        {
            return parse(text);
        }
        catch (FormatException ex)
        {
            options.Errors.Add(node, $"The {key} '{text.Trim()}' cannot be read: {ex.Message}");
            return null;
        }
    }
}
