using System.Globalization;
using System.Text.RegularExpressions;
using Lint.Analysis;
using Lint.Rules.Loading;
using Lint.Text;

namespace Lint.Rules.Kinds.Lifespan;

/// <summary>
/// Checks the one age at death a story gives against its one birth year and the year of the death: the year the
/// pattern names with its age ("died in 2019 at 84"), or else the story's year (that of its first full date, or of
/// the run's day when it has none).
/// </summary>
public sealed class LifespanAnalyzer(RuleDefinition rule, LifespanPatterns patterns, int? near = null) : Analyzer(rule.ToDescriptor())
{
    private const int MaxAge = 130;

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    private void Analyze(DocumentContext context)
    {
        var text = context.Document.Text.Content;
        var born = Find(context, patterns.Born, "year").ToList();
        // "at 15 in 1979" gives the birth year less surely than "born in 1964": one year more either way.
        var looseBirth = born.Any(b => b.Year is not null);
        var died = Find(context, patterns.Died, "age").ToList();
        // A story with no date is an obituary of the run's day, when the host gives one (a copy desk checks today's copy).
        var dated = StoryYear.Find(text, patterns.Dated, [.. born.Select(b => b.Span)]) ?? context.Today?.Year;
        if (dated is not { } year || born.Select(b => b.Number).Distinct().Count() != 1 || died.Select(d => d.Number).Distinct().Count() != 1)
        {
            return;
        }

        var farthest = near ?? int.MaxValue;
        foreach (var (span, age, when) in died)
        {
            var deathYear = when ?? year;
            var oldest = deathYear - born[0].Number;
            if (oldest is < 1 or > MaxAge || age == oldest || age == oldest - 1 || (looseBirth && age == oldest + 1) || Math.Min(Math.Abs(age - oldest), Math.Abs(age - oldest + 1)) > farthest)
            {
                continue;
            }

            context.Report(span, MessageFormat.Format(
                rule.Message,
                text.Substring(span.Start, span.Length),
                Show(born[0].Number),
                Show(oldest - 1),
                Show(oldest),
                Show(deathYear)));
        }
    }

    /// <summary>
    /// Each match of the patterns in the rule's blocks: the span of its group, the number in it, and the number in
    /// its <c>year</c> group when a pattern for <paramref name="group"/> "age" has one. A pattern for "year" (a
    /// birth) with an <c>age</c> group too ("at 15 in 1979") gives the year less the age, and the year it read.
    /// </summary>
    private IEnumerable<(TextSpan Span, int Number, int? Year)> Find(DocumentContext context, IReadOnlyList<Regex> regexes, string group)
    {
        var text = context.Document.Text.Content;
        foreach (var block in context.Document.Blocks.Where(b => rule.Scope.Includes(b.Kind)))
        {
            foreach (var regex in regexes)
            {
                for (var match = regex.Match(text, block.Span.Start, block.Span.Length); match.Success; match = match.NextMatch())
                {
                    var found = match.Groups[group];
                    var span = new TextSpan(found.Index, found.Length);
                    if (!block.TouchesExcluded(span))
                    {
                        if (group == "year" && match.Groups["age"] is { Success: true } atAge)
                        {
                            yield return (span, Number(found.Value) - Number(atAge.Value), Number(found.Value));
                            continue;
                        }

                        var year = group != "year" && match.Groups["year"] is { Success: true } when ? Number(when.Value) : (int?)null;
                        yield return (span, Number(found.Value), year);
                    }
                }
            }
        }
    }

    private static int Number(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    private static string Show(int number) => number.ToString(CultureInfo.InvariantCulture);
}
