using System.Text.RegularExpressions;
using Humanizer;
using Lint.Analysis;
using Lint.Diagnostics;
using Lint.Rules.Loading;
using Lint.Syntax;
using Lint.Text;

namespace Lint.Rules.Kinds.Consistency;

/// <summary>Counts the uses of each form, per story or across the run, and flags the uses of the losing form.</summary>
public sealed class ConsistencyAnalyzer(RuleDefinition rule, FormPair[] pairs, MatchOptions options, bool corpus)
    : Analyzer(rule.ToDescriptor())
{
    public override void Initialize(AnalysisContext context)
    {
        if (corpus)
        {
            context.RegisterCorpusAction(Collect, FormCounts.Merge, c => Decide(c.Summary, (o, m, f) => c.Report(o.Location, m, f)));
        }
        else
        {
            context.RegisterDocumentAction(c => Decide(Collect(c.Document), (o, m, f) => c.Report(o.Location.Span, m, f)));
        }
    }

    private FormCounts Collect(Document document)
    {
        var counts = new FormCounts(pairs.Length);
        var text = document.Text;
        foreach (var block in document.Blocks.Where(b => rule.Scope.Includes(b.Kind)))
        {
            for (var i = 0; i < pairs.Length; i++)
            {
                Find(pairs[i].Left, counts.Left[i]);
                Find(pairs[i].Right, counts.Right[i]);
            }

            void Find(Regex regex, List<Occurrence> into)
            {
                for (var m = regex.Match(text.Content, block.Span.Start, block.Span.Length); m.Success; m = m.NextMatch())
                {
                    var span = new TextSpan(m.Index, m.Length);
                    if (m.Length > 0 && !options.IsException(m.ValueSpan) && !block.TouchesExcluded(span))
                    {
                        into.Add(new Occurrence(new Location(document.Path, span, text.GetLinePositionSpan(span)), m.Value));
                    }
                }
            }
        }

        return counts;
    }

    private void Decide(FormCounts counts, Action<Occurrence, string, Fix> report)
    {
        for (var i = 0; i < pairs.Length; i++)
        {
            var (left, right) = (counts.Left[i], counts.Right[i]);
            if (left.Count == 0 || right.Count == 0)
            {
                continue;
            }

            var leftWins = left.Count != right.Count ? left.Count > right.Count : Compare(First(left), First(right)) <= 0;
            var (winner, loser) = leftWins ? (left, right) : (right, left);
            var preferred = winner.GroupBy(o => o.Text).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
            foreach (var occurrence in loser)
            {
                var where = Where(winner, occurrence.Location.Path);
                var message = MessageFormat.Format(rule.Message, occurrence.Text, preferred, where);
                report(occurrence, message, new Fix($"Replace with '{preferred}'", [new TextEdit(occurrence.Location.Span, preferred)]));
            }
        }
    }

    private static string Where(List<Occurrence> winner, string path)
    {
        var otherStories = winner.Select(o => o.Location.Path).Where(p => p != path).Distinct().Count();
        if (otherStories > 0)
        {
            return $"in {"other story".ToQuantity(otherStories)}";
        }

        return $"{"time".ToQuantity(winner.Count)} elsewhere in this story";
    }

    private static (string, int) First(List<Occurrence> occurrences)
    {
        var first = occurrences.MinBy(o => (o.Location.Path, o.Location.Span.Start), Comparer<(string, int)>.Create(Compare))!;
        return (first.Location.Path, first.Location.Span.Start);
    }

    private static int Compare((string Path, int Start) a, (string Path, int Start) b)
    {
        var byPath = string.CompareOrdinal(a.Path, b.Path);
        return byPath != 0 ? byPath : a.Start.CompareTo(b.Start);
    }
}
