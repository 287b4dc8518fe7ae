using System.Globalization;
using System.Text.RegularExpressions;
using Lint.Analysis;
using Lint.Language;
using Lint.Rules.Loading;
using YamlDotNet.RepresentationModel;

namespace Lint.Rules.Kinds.Arithmetic;

/// <summary>
/// <c>extends: arithmetic</c> (Lint's own kind): two figures and the total the story gives for them that do
/// not agree, "4,212 votes to 3,980, a margin of 332". <c>checks</c> is a list, each with a
/// <c>pattern</c> whose groups <c>a</c>, <c>b</c> and <c>total</c> capture the figures (<c>{number}</c>
/// stands for a figure: "$11,380", "4.6", "$1.4 billion"; <c>{time}</c> for a race time, "1:14:06", in
/// seconds), and <c>op</c>: <c>difference</c> (the total is
/// the gap between a and b), <c>sum</c>, or <c>change</c> (the total is the change in percent from b, the old
/// figure, to a, the new one), <c>percent</c> (the total is a as a percentage of b) or <c>product</c> (a times b). <c>scales</c> maps the words that scale a figure to their
/// value (million: 1000000); <c>hedges</c> are words that may stand before a figure ("about"). Rounding is
/// allowed for: half the last digit of each figure, and after a hedge the trailing zeros of a whole number.
/// <c>ignorecase</c> applies. The message's <c>%s</c> are the total as written and the working ("4,212 minus 3,980 is 232").
/// </summary>
public sealed class ArithmeticKind : RuleKind
{
    // A count of things, exact: a whole number in figures or spelled out ("11", "1,200", "three"); no hedge or
    // scale word, which a count does not take, so the pattern stays small. The counts kind reads its {count} so too.
    internal static readonly string Count = $@"(?:(?<![\d,])(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?![\d,]\d)|\b(?:{string.Join('|', NumberWords.All)})\b)";

    // A race time: "1:14:06", "4:05.2".
    private const string Time = @"(?<![\d:.])\d{1,2}(?::[0-5]\d){1,2}(?:\.\d+)?(?![\d:])";

    public override string Name => "arithmetic";

    // The operations a check's 'op' names, in the order a message lists them.
    private static readonly Dictionary<string, ArithmeticOp> Ops = new(StringComparer.Ordinal)
    {
        ["sum"] = ArithmeticOp.Sum,
        ["difference"] = ArithmeticOp.Difference,
        ["shares"] = ArithmeticOp.Shares,
        ["change"] = ArithmeticOp.Change,
        ["percent"] = ArithmeticOp.Percent,
        ["product"] = ArithmeticOp.Product,
    };

    public override Analyzer? Create(RuleDefinition rule, RuleNode options)
    {
        var ignoreCase = options.GetBool("ignorecase", false);
        var scales = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (word, value) in options.GetPairs("scales"))
        {
            if (double.TryParse(value.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var scale) && scale > 0)
            {
                scales[word.Value ?? string.Empty] = scale;
            }
            else
            {
                options.Errors.Add(value, $"A scale must be a number above zero, not '{value.Value}'.");
            }
        }

        var hedges = options.GetList("hedges").Select(h => h.Value ?? string.Empty).Where(h => h.Length > 0);
        var number = Number(scales.Keys, hedges);
        var checks = new List<ArithmeticCheck>();
        if (options.Find("checks") is YamlSequenceNode list)
        {
            foreach (var item in list.Children)
            {
                if (item is YamlMappingNode mapping && Read(new RuleNode(mapping, options.Errors, options.Literals, KindKeys.Check), number, ignoreCase) is { } check)
                {
                    checks.Add(check);
                }
                else if (item is not YamlMappingNode)
                {
                    options.Errors.Add(item, "Each check must be a mapping with 'pattern' and 'op'.");
                }
            }
        }
        else
        {
            options.Errors.Add(options.Mapping, "The rule needs a 'checks' list of patterns.");
        }

        return options.Errors.Any || checks.Count == 0 ? null : new ArithmeticAnalyzer(rule, checks, scales);
    }

    private static ArithmeticCheck? Read(RuleNode node, string number, bool ignoreCase)
    {
        var pattern = node.GetScalar("pattern", required: true);
        var op = node.GetString("op", required: true);
        node.ReportUnknownKeys("arithmetic");
        if (!Ops.TryGetValue(op ?? string.Empty, out var kind))
        {
            node.Errors.Add(node.Find("op") ?? node.Mapping, $"'op' must be {string.Join(", ", Ops.Keys.SkipLast(1))} or {Ops.Keys.Last()}, not '{op}'.");
            return null;
        }

        if (pattern?.Value is not { } written)
        {
            return null;
        }

        var expanded = written.Replace("{number}", number, StringComparison.Ordinal).Replace("{time}", Time, StringComparison.Ordinal)
            .Replace("{count}", Count, StringComparison.Ordinal);
        if (!RulePattern.Validate(expanded, pattern, node.Errors, "check pattern"))
        {
            return null;
        }

        var regex = RulePattern.Compile(expanded, ignoreCase);
        var groups = kind == ArithmeticOp.Shares ? new[] { "a", "b" } : ["a", "b", "total"];
        if (!groups.All(g => Array.IndexOf(regex.GetGroupNames(), g) >= 0))
        {
            node.Errors.Add(pattern, $"A check's pattern needs the groups {string.Join(", ", groups.Select(g => $"'{g}'"))}.");
            return null;
        }

        var third = Array.IndexOf(regex.GetGroupNames(), "c") >= 0;
        if (third && kind is not (ArithmeticOp.Sum or ArithmeticOp.Shares))
        {
            node.Errors.Add(pattern, "Only a sum or shares may have a third figure (group 'c').");
            return null;
        }

        return new ArithmeticCheck(regex, kind, written.Contains("{count}", StringComparison.Ordinal));
    }

    // A figure: an optional hedge and currency sign, digits with thousands commas or a decimal point, and a scale word.
    private static string Number(IEnumerable<string> scales, IEnumerable<string> hedges)
    {
        var hedge = string.Join('|', hedges.OrderByDescending(h => h.Length).Select(h => Regex.Escape(h).Replace(@"\ ", @"\s", StringComparison.Ordinal)));
        var words = string.Join('|', scales.OrderByDescending(s => s.Length).Select(Regex.Escape));
        // A scale word after a space ("1.2 million"), or an abbreviated one written on to the figure ("96.4mil", "2bn").
        var attached = string.Join('|', scales.Where(w => w.Length <= 3).OrderByDescending(s => s.Length).Select(Regex.Escape));
        var scale = words.Length == 0 ? string.Empty
            : attached.Length == 0 ? $@"(?:[ \u00A0](?:{words})(?![\p{{L}}]))?"
            : $@"(?:[ \u00A0](?:{words})(?![\p{{L}}])|(?:{attached})(?![\p{{L}}]))?";
        var before = hedge.Length == 0 ? string.Empty : $@"(?:(?:{hedge})\s)?";
        // Thousands may be grouped by commas ("800,000") or, after a currency sign, by spaces ("R800 000"); a decimal comma
        // is read only before a scale word ("R1,2 million").
        var comma = words.Length == 0 ? string.Empty : $@"|,\d{{1,2}}(?=[ \u00A0](?:{words})(?![\p{{L}}]))";
        const string SpaceGrouped = @"[$€£]?(?<=(?:[$€£₦₹₱]|\bR|\bRs\.?\s?|\bKSh\s?))\d{1,3}(?:[ \u00A0]\d{3})+(?![\d,]\d)";
        return $@"{before}(?:{SpaceGrouped}|[$€£]?(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+{comma})?(?![\d,]\d)){scale}";
    }
}
