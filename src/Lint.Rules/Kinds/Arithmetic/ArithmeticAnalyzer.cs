using System.Globalization;
using Lint.Analysis;
using Lint.Rules.Loading;
using Lint.Text;

namespace Lint.Rules.Kinds.Arithmetic;

/// <summary>Finds each check's pattern and flags the total when the two figures do not come to it.</summary>
public sealed class ArithmeticAnalyzer(RuleDefinition rule, IReadOnlyList<ArithmeticCheck> checks, IReadOnlyDictionary<string, double> scales) : Analyzer(rule.ToDescriptor())
{
    public override void Initialize(AnalysisContext context) => context.RegisterBlockAction(Analyze);

    private void Analyze(BlockContext context)
    {
        if (!rule.Scope.Includes(context.Block.Kind))
        {
            return;
        }

        var text = context.Document.Text.Content;
        var block = context.Block;
        if (!HasThreeFigures(text.AsSpan(block.Span.Start, block.Span.Length)))
        {
            return;
        }

        foreach (var check in checks)
        {
            for (var match = check.Pattern.Match(text, block.Span.Start, block.Span.Length); match.Success; match = match.NextMatch())
            {
                var total = match.Groups["total"];
                if (block.TouchesExcluded(new TextSpan(match.Index, match.Length))
                    || Figure.Parse(match.Groups["a"].Value, scales) is not { } a
                    || Figure.Parse(match.Groups["b"].Value, scales) is not { } b
                    || Figure.Parse(total.Value, scales) is not { } written
                    || check.Fits(a, b, written))
                {
                    continue;
                }

                var (first, second) = check.IsSum || a.Value >= b.Value ? (match.Groups["a"].Value, match.Groups["b"].Value) : (match.Groups["b"].Value, match.Groups["a"].Value);
                var working = $"{first} {(check.IsSum ? "plus" : "minus")} {second} is {Show(check.Expected(a, b), total.Value)}";
                context.Report(new TextSpan(total.Index, total.Length), MessageFormat.Format(rule.Message, total.Value, working));
            }
        }
    }

    /// <summary>True when the text holds three runs of digits: every check needs two figures and a total, all in digits.</summary>
    private static bool HasThreeFigures(ReadOnlySpan<char> text)
    {
        var runs = 0;
        var inRun = false;
        foreach (var c in text)
        {
            var digit = char.IsAsciiDigit(c);
            if (digit && !inRun && ++runs == 3)
            {
                return true;
            }

            inRun = digit;
        }

        return false;
    }

    // The computed total written the way the total was: "232", "$520", "$2.5 billion".
    private string Show(double value, string written)
    {
        var first = written.IndexOfAny(['$', '€', '£', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
        var last = written.LastIndexOfAny(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
        var prefix = written[first] is '$' or '€' or '£' ? written[first].ToString() : string.Empty;
        var suffix = written[(last + 1)..];
        var scale = scales.TryGetValue(suffix.Trim(), out var s) ? s : 1;
        return prefix + (value / scale).ToString("#,0.##", CultureInfo.InvariantCulture) + suffix;
    }
}
