using System.Globalization;
using System.Text.RegularExpressions;
using Lint.Analysis;
using Lint.Rules.Loading;
using YamlDotNet.RepresentationModel;

namespace Lint.Rules.Kinds.Conversions;

/// <summary>
/// <c>extends: conversions</c> (Lint's own kind): a measurement and its conversion in parentheses that do
/// not agree, "104 degrees (37 degrees Celsius)" or "10 miles (20 kilometers)". <c>conversions</c> is a
/// list of unit pairs, each with <c>from</c> and <c>to</c> (the names of each unit as written),
/// <c>factor</c>, an optional <c>offset</c> added before the factor (-32 for Fahrenheit to Celsius) and an
/// optional <c>tolerance</c> (the share of the value rounding may take; default 0.05). Either unit may come
/// first. <c>hedges</c> are words allowed before the converted figure ("about"). The message's <c>%s</c>
/// are the parenthesis, the first measurement, and what the conversion comes to.
/// </summary>
public sealed class ConversionsKind : RuleKind
{
    private const double DefaultTolerance = 0.05;

    public override string Name => "conversions";

    public override Analyzer? Create(RuleDefinition rule, RuleNode options)
    {
        var hedges = options.GetList("hedges").Select(h => h.Value ?? string.Empty).Where(h => h.Length > 0).ToList();
        var units = new List<string>();
        var conversions = new List<UnitConversion>();
        switch (options.Find("conversions"))
        {
            case YamlSequenceNode list:
                foreach (var item in list.Children)
                {
                    if (item is YamlMappingNode mapping && Read(new RuleNode(mapping, options.Errors, options.Literals, KindKeys.Conversion), units) is { } conversion)
                    {
                        conversions.Add(conversion);
                    }
                    else if (item is not YamlMappingNode)
                    {
                        options.Errors.Add(item, "Each conversion must be a mapping with 'from', 'to' and 'factor'.");
                    }
                }

                break;
            default:
                options.Errors.Add(options.Mapping, "The rule needs a 'conversions' list of unit pairs.");
                break;
        }

        return options.Errors.Any || conversions.Count == 0 ? null : new ConversionsAnalyzer(rule, conversions, Pattern(units, hedges));
    }

    private static UnitConversion? Read(RuleNode node, List<string> units)
    {
        var from = Names(node, "from");
        var to = Names(node, "to");
        var factor = Number(node, "factor", required: true);
        var offset = Number(node, "offset", required: false) ?? 0;
        var tolerance = Number(node, "tolerance", required: false) ?? DefaultTolerance;
        node.ReportUnknownKeys("conversions");
        if (factor is not { } f || f <= 0 || tolerance < 0 || from.Count == 0 || to.Count == 0)
        {
            if (factor is <= 0 || tolerance < 0)
            {
                node.Errors.Add(node.Mapping, "A conversion's 'factor' must be above zero and its 'tolerance' not below zero.");
            }

            return null;
        }

        units.AddRange(from);
        units.AddRange(to);
        return new UnitConversion(from, to, f, offset, tolerance);
    }

    private static HashSet<string> Names(RuleNode node, string key) =>
        new(node.GetList(key, required: true).Select(n => n.Value ?? string.Empty).Where(n => n.Length > 0), StringComparer.Ordinal);

    private static double? Number(RuleNode node, string key, bool required)
    {
        var scalar = node.GetScalar(key, required);
        if (scalar is null)
        {
            return null;
        }

        if (double.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        node.Errors.Add(scalar, $"'{key}' must be a number, not '{scalar.Value}'.");
        return null;
    }

    // "104 degrees (about 40 degrees Celsius)", "a 10-mile (16-kilometer) trail": the figures, the units and the parenthesis.
    private static Regex Pattern(IEnumerable<string> units, IEnumerable<string> hedges)
    {
        const string number = @"(?:(?<=[\s(])[-−]|minus\s+)?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?";
        var unit = Alternatives(units);
        var hedge = hedges.Any() ? $@"(?:(?:{Alternatives(hedges)})\s+)?" : string.Empty;
        return RulePattern.Compile(
            $@"(?<![\p{{L}}\p{{N}}_.,])(?<a>{number})[\s-]*(?<first>{unit})(?![\p{{L}}\p{{N}}_])\s*(?<converted>\(\s*{hedge}(?<b>{number})[\s-]*(?<second>{unit})(?![\p{{L}}\p{{N}}_])[^()\n]{{0,40}}\))",
            ignoreCase: false);
    }

    private static string Alternatives(IEnumerable<string> names) =>
        string.Join('|', names.Distinct(StringComparer.Ordinal).OrderByDescending(n => n.Length).Select(n => Regex.Escape(n).Replace(@"\ ", @"\s+", StringComparison.Ordinal)));
}
