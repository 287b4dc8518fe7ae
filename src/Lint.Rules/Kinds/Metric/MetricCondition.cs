using System.Text.RegularExpressions;

namespace Lint.Rules.Kinds.Metric;

/// <summary>A metric rule's <c>condition</c>: one of <c>&gt; &lt; == != &gt;= &lt;=</c> and a value (a formula of its own), such as "&gt; 8.0".</summary>
public sealed partial class MetricCondition
{
    private readonly string _operator;
    private readonly MetricFormula _value;

    private MetricCondition(string op, MetricFormula value)
    {
        _operator = op;
        _value = value;
    }

    public static MetricCondition Parse(string text)
    {
        var match = Shape().Match(text);
        if (!match.Success)
        {
            throw new FormatException("A condition is a comparison and a value, such as '> 8.0' (one of >, <, ==, !=, >=, <=).");
        }

        return new MetricCondition(match.Groups[1].Value, MetricFormula.Parse(match.Groups[2].Value));
    }

    /// <summary>Whether the formula's result meets the condition; Vale compares the result to six decimals.</summary>
    public bool IsMet(double result, IReadOnlyDictionary<string, double> values)
    {
        var left = Math.Round(result, 6);
        var right = _value.Evaluate(values);
        return _operator switch
        {
            ">" => left > right,
            "<" => left < right,
            ">=" => left >= right,
            "<=" => left <= right,
            "==" => left == right,
            _ => left != right,
        };
    }

    [GeneratedRegex(@"^\s*(>=|<=|==|!=|>|<)\s*(\S.*?)\s*$", RegexOptions.Singleline)]
    private static partial Regex Shape();
}
