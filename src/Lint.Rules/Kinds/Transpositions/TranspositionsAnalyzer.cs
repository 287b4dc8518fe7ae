using System.Text.RegularExpressions;
using Lint.Analysis;
using Lint.Rules.Loading;
using Lint.Text;

namespace Lint.Rules.Kinds.Transpositions;

/// <summary>Gathers a story's figures, then flags the rarer of two that differ by two neighbouring digits swapped.</summary>
public sealed class TranspositionsAnalyzer(RuleDefinition rule, MatchOptions options, IReadOnlyList<Regex> figures, int digits) : Analyzer(rule.ToDescriptor())
{
    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    private void Analyze(DocumentContext context)
    {
        var text = context.Document.Text.Content;
        var matches = context.Document.Blocks
            .Where(b => rule.Scope.Includes(b.Kind))
            .SelectMany(b => options.Matches(text, b, figures))
            .Where(m => SwappedDigits.Significant(SwappedDigits.Digits(m.Value)) >= digits);
        var found = Outermost(matches)
            .GroupBy(m => m.Value, StringComparer.Ordinal)
            .Select(g => (Written: g.Key, Uses: g.OrderBy(m => m.Index).ToList()))
            .OrderBy(f => f.Uses[0].Index)
            .ToList();

        // Each figure is looked up by its shape and digits, and each of its swaps too: one pass, however many figures.
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < found.Count; i++)
        {
            byKey.TryAdd(Key(found[i].Written, SwappedDigits.Digits(found[i].Written)), i);
        }

        var flagged = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < found.Count; i++)
        {
            foreach (var swapped in SwappedDigits.Swaps(SwappedDigits.Digits(found[i].Written)))
            {
                if (!byKey.TryGetValue(Key(found[i].Written, swapped), out var j) || j <= i)
                {
                    continue;
                }

                var (earlier, later) = (found[i], found[j]);

                // The spelling used fewer times is the slip; when both are used as often, the later one.
                var (rare, usual) = earlier.Uses.Count < later.Uses.Count ? (earlier, later) : (later, earlier);
                if (flagged.Add(rare.Written))
                {
                    foreach (var use in rare.Uses)
                    {
                        context.Report(new TextSpan(use.Index, use.Length), MessageFormat.Format(rule.Message, rare.Written, usual.Written));
                    }
                }
            }
        }
    }

    private static string Key(string written, string digits) => string.Concat(SwappedDigits.Shape(written), "\u0001", digits);

    /// <summary>
    /// The matches that no longer match holds: a figure two patterns read ("Rs 4,512" and its "4,512") counts once, as
    /// the longer reading.
    /// </summary>
    private static IEnumerable<Match> Outermost(IEnumerable<Match> matches)
    {
        var end = -1;
        foreach (var match in matches.OrderBy(m => m.Index).ThenByDescending(m => m.Length))
        {
            if (match.Index + match.Length > end)
            {
                end = match.Index + match.Length;
                yield return match;
            }
        }
    }
}
