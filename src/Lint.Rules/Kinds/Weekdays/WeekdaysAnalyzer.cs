using System.Globalization;
using System.Text.RegularExpressions;
using Lint.Analysis;
using Lint.Rules.Loading;
using Lint.Text;

namespace Lint.Rules.Kinds.Weekdays;

/// <summary>
/// Checks each "Weekday, Month D" against the calendar of the date's year, or of the story's year when the date
/// has none. A story with no date in its head is read as written on the run's day (a copy desk checks today's
/// copy) or in any year the story names (old copy that says when it happened): a weekday is flagged only when it
/// is wrong in all of them.
/// </summary>
public sealed class WeekdaysAnalyzer(RuleDefinition rule, CalendarWords words) : Analyzer(rule.ToDescriptor())
{
    private readonly Regex _mention = words.MentionPattern();

    private readonly Regex _fullDate = words.FullDatePattern();

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    private void Analyze(DocumentContext context)
    {
        var text = context.Document.Text.Content;
        var story = StoryDate.Find(text[..HeadEnd(context.Document)], _fullDate, words);
        var undated = story is null && context.Today is { } today ? new UndatedStory(today, () => NamedYears(text)) : null;
        foreach (var block in context.Document.Blocks.Where(b => rule.Scope.Includes(b.Kind)))
        {
            for (var match = _mention.Match(text, block.Span.Start, block.Span.Length); match.Success; match = match.NextMatch())
            {
                var span = new TextSpan(match.Index, match.Length);
                if (!block.TouchesExcluded(span) && Mismatch(match, story, undated) is { } actual)
                {
                    context.Report(span, MessageFormat.Format(rule.Message, match.Value, actual.Written, words.WeekdayName(actual.Date.DayOfWeek)));
                }
            }
        }
    }

    /// <summary>
    /// Where the story's head ends: front matter, headline, byline and the first paragraph, which holds the
    /// date line. A date further down (a birth date in an obituary, next year's deadline) is not when the
    /// story was written.
    /// </summary>
    private static int HeadEnd(Syntax.Document document) =>
        document.Blocks.FirstOrDefault(b => b.Kind == Syntax.BlockKind.Paragraph)?.Span.End ?? document.Text.Content.Length;

    private static readonly Regex Year = new(@"(?<![\p{L}\p{N}$,.])(?:19|20)\d\d(?![\p{L}\p{N}])", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>The years a story names anywhere ("since 1911", "in 2024"), from 1900 to 2099.</summary>
    private static HashSet<int> NamedYears(string text) => [.. Year.Matches(text).Select(m => StoryDate.Number(m.Value))];

    /// <summary>The date as the calendar has it when the weekday written is wrong in every year the date can mean; null when it is right or cannot be told.</summary>
    private (DateOnly Date, string Written)? Mismatch(Match match, StoryDate? story, UndatedStory? undated)
    {
        var month = words.Month(match.Groups["month"].Value);
        var day = StoryDate.Number(match.Groups["day"].Value);
        var weekday = words.Weekday(match.Groups["weekday"].Value);
        IEnumerable<int> years = match.Groups["year"].Success
            ? [StoryDate.Number(match.Groups["year"].Value)]
            : story?.YearsFor(month, day) ?? undated?.YearsFor(month, day) ?? [];
        var dates = years.Select(y => StoryDate.Make(y, month, day)).ToList();
        if (dates.Count == 0 || dates.Any(d => d is null || d.Value.DayOfWeek == weekday))
        {
            return null;
        }

        var date = dates[0]!.Value;
        var written = CalendarWords.DayFirst(match)
            ? string.Create(CultureInfo.InvariantCulture, $"{day} {match.Groups["month"].Value} {date.Year}")
            : string.Create(CultureInfo.InvariantCulture, $"{match.Groups["month"].Value} {day}, {date.Year}");
        return (date, written);
    }
}
