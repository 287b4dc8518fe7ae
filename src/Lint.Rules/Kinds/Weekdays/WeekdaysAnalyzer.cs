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

    private readonly Regex _pairedBefore = words.PairedWeekdayBefore();

    private readonly Regex _pairedAfter = CalendarWords.PairedDayAfter();

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    /// <summary>
    /// Two weekdays and two dates, "Monday and Tuesday, February 16 and 17": the weekday next to the first date is
    /// the second day's, so the pair is not read as one weekday and its date.
    /// </summary>
    private bool IsPairedList(string text, Match match) =>
        _pairedAfter.IsMatch(text.AsSpan(match.Index + match.Length, Math.Min(12, text.Length - match.Index - match.Length)))
        && _pairedBefore.IsMatch(text.AsSpan(Math.Max(0, match.Index - 20), Math.Min(20, match.Index)));

    private void Analyze(DocumentContext context)
    {
        var text = context.Document.Text.Content;
        var story = StoryDate.Find(text[..HeadEnd(context.Document)], _fullDate, words);
        var undated = story is null && context.Today is { } today ? new UndatedStory(today, () => NamedYears(text)) : null;
        List<int>? anchorYears = null;
        Match? anchor = null;
        foreach (var block in context.Document.Blocks.Where(b => rule.Scope.Includes(b.Kind)))
        {
            for (var match = _mention.Match(text, block.Span.Start, block.Span.Length); match.Success; match = match.NextMatch())
            {
                var span = new TextSpan(match.Index, match.Length);
                if (block.TouchesExcluded(span) || IsPairedList(text, match))
                {
                    continue;
                }

                if (Mismatch(match, story, undated) is { } actual)
                {
                    context.Report(span, MessageFormat.Format(rule.Message, match.Value, actual.Written, words.WeekdayName(actual.Date.DayOfWeek)));
                }
                else if (undated is not null && !match.Groups["year"].Success)
                {
                    if (anchor is null)
                    {
                        (anchor, anchorYears) = (match, YearsRight(match, undated));
                    }
                    else if (Disagreement(anchor, anchorYears!, match) is { } date)
                    {
                        context.Report(span, MessageFormat.Format(rule.Message, match.Value, Written(match, date), words.WeekdayName(date.DayOfWeek)));
                    }
                }
            }
        }
    }

    /// <summary>The years among those an undated story's date can mean in which its weekday is right.</summary>
    private List<int> YearsRight(Match match, UndatedStory undated)
    {
        var (month, day, weekday) = Parts(match);
        return [.. undated.YearsFor(month, day).Where(y => StoryDate.Make(y, month, day) is { } d && d.DayOfWeek == weekday)];
    }

    /// <summary>
    /// Two weekdays with dates in an undated story, each right in some year, that cannot both be right in one:
    /// "Wednesday, April 22" and, two days on, "Saturday, April 24". Within six weeks of the first such date in
    /// the story, a later one is read in the same year; the date as the first one's year has it, when its weekday
    /// is wrong in every year the first one can mean.
    /// </summary>
    private DateOnly? Disagreement(Match anchor, List<int> anchorYears, Match match)
    {
        const int Weeks = 6;
        var (month, day, weekday) = Parts(match);
        var (anchorMonth, anchorDay, _) = Parts(anchor);
        DateOnly? first = null;
        foreach (var year in anchorYears)
        {
            if (StoryDate.Make(year, month, day) is not { } date || StoryDate.Make(year, anchorMonth, anchorDay) is not { } start
                || Math.Abs(date.DayNumber - start.DayNumber) > Weeks * 7)
            {
                return null;
            }

            if (date.DayOfWeek == weekday)
            {
                return null;
            }

            first ??= date;
        }

        return first;
    }

    private (int Month, int Day, DayOfWeek Weekday) Parts(Match match) =>
        (words.Month(match.Groups["month"].Value), StoryDate.Number(match.Groups["day"].Value), words.Weekday(match.Groups["weekday"].Value));

    private static string Written(Match match, DateOnly date) => CalendarWords.DayFirst(match)
        ? string.Create(CultureInfo.InvariantCulture, $"{date.Day} {match.Groups["month"].Value} {date.Year}")
        : string.Create(CultureInfo.InvariantCulture, $"{match.Groups["month"].Value} {date.Day}, {date.Year}");

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
        var (month, day, weekday) = Parts(match);
        IEnumerable<int> years = match.Groups["year"].Success
            ? [StoryDate.Number(match.Groups["year"].Value)]
            : story?.YearsFor(month, day) ?? undated?.YearsFor(month, day) ?? [];
        var dates = years.Select(y => StoryDate.Make(y, month, day)).ToList();
        if (dates.Count == 0 || dates.Any(d => d is null || d.Value.DayOfWeek == weekday))
        {
            return null;
        }

        var date = dates[0]!.Value;
        return (date, Written(match, date));
    }
}
