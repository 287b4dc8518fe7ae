using System.Globalization;
using System.Text.RegularExpressions;
using Lint.Analysis;
using Lint.Rules.Loading;
using Lint.Text;

namespace Lint.Rules.Kinds.Conversions;

/// <summary>Finds "N unit (M other-unit)" and checks M against N converted, allowing for rounding.</summary>
public sealed class ConversionsAnalyzer(RuleDefinition rule, IReadOnlyList<UnitConversion> conversions, Regex pattern) : Analyzer(rule.ToDescriptor())
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
        for (var match = pattern.Match(text, block.Span.Start, block.Span.Length); match.Success; match = match.NextMatch())
        {
            var converted = match.Groups["converted"];
            var span = new TextSpan(converted.Index, converted.Length);
            if (!block.TouchesExcluded(new TextSpan(match.Index, match.Length)) && Expected(match) is { } expected)
            {
                var original = string.Concat(match.Groups["a"].Value, " ", match.Groups["first"].Value);
                context.Report(span, MessageFormat.Format(rule.Message, converted.Value, original, expected));
            }
        }
    }

    /// <summary>What the parenthesis should say when it does not fit the first figure; null when it fits or the units are not a known pair.</summary>
    private string? Expected(Match match)
    {
        var first = Unit(match.Groups["first"].Value);
        var second = Unit(match.Groups["second"].Value);
        if (Measure.Parse(match.Groups["a"].Value) is not { } original || Measure.Parse(match.Groups["b"].Value) is not { } written)
        {
            return null;
        }

        foreach (var conversion in conversions)
        {
            var direction = conversion.Direction(first, second);
            if (direction == 0)
            {
                continue;
            }

            if (conversion.Fits(original, written, direction))
            {
                return null;
            }

            var value = conversion.Convert(original.Value, direction);
            var digits = written.Step < 1 ? (int)Math.Round(-Math.Log10(written.Step)) : 0;
            return string.Create(CultureInfo.InvariantCulture, $"{Math.Round(value, digits).ToString("#,0.#####", CultureInfo.InvariantCulture)} {match.Groups["second"].Value}");
        }

        return null;
    }

    // Units are listed with single spaces; the text may break a line or use a non-breaking space between words.
    private static string Unit(string written) => Regex.Replace(written, @"\s+", " ");
}
