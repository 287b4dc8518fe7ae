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
            .Where(m => SwappedDigits.Significant(SwappedDigits.Digits(m.Value)) >= digits)
            .ToList();
        // A figure two patterns read ("Rs 4,512" and its "4,512") counts once, as the longer reading.
        var found = matches
            .Where(m => !matches.Exists(o => o.Length > m.Length && o.Index <= m.Index && m.Index + m.Length <= o.Index + o.Length))
            .GroupBy(m => m.Value, StringComparer.Ordinal)
            .Select(g => (Written: g.Key, Uses: g.OrderBy(m => m.Index).ToList()))
            .OrderBy(f => f.Uses[0].Index)
            .ToList();
        var flagged = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < found.Count; i++)
        {
            for (var j = i + 1; j < found.Count; j++)
            {
                var (earlier, later) = (found[i], found[j]);
                if (SwappedDigits.Shape(earlier.Written) != SwappedDigits.Shape(later.Written)
                    || !SwappedDigits.AreSwapped(SwappedDigits.Digits(earlier.Written), SwappedDigits.Digits(later.Written)))
                {
                    continue;
                }

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
}
