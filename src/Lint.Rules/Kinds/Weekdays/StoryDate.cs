using System.Globalization;
using System.Text.RegularExpressions;

namespace Lint.Rules.Kinds.Weekdays;

/// <summary>
/// When a story was written: the first date with a year in its head (its date line, byline or front matter).
/// A weekday and date written without a year are read in that year, or in the year next to it when that
/// puts the date nearer the story.
/// </summary>
public sealed class StoryDate(DateOnly date)
{
    public DateOnly Date { get; } = date;

    public static StoryDate? Find(string text, Regex fullDate, CalendarWords words)
    {
        var match = fullDate.Match(text);
        return match.Success ? Read(match, words) is { } date ? new StoryDate(date) : null : null;
    }

    /// <summary>A full date as <see cref="CalendarWords.FullDatePattern"/> matched it, or null when there is no such day.</summary>
    public static DateOnly? Read(Match match, CalendarWords words)
    {
        if (match.Groups["iso"].Success)
        {
            return DateOnly.TryParseExact(match.Groups["iso"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso) ? iso : null;
        }

        return Make(Number(match.Groups["year"].Value), words.Month(match.Groups["month"].Value), Number(match.Groups["day"].Value));
    }

    /// <summary>
    /// The years a date without one can mean: the story's, and the year that puts the date nearest the
    /// story's date when that is another (Dec. 30 in a story of Jan. 2; next March in a story of October).
    /// </summary>
    public IEnumerable<int> YearsFor(int month, int day)
    {
        yield return Date.Year;
        var best = Distance(Date.Year, month, day);
        foreach (var year in new[] { Date.Year - 1, Date.Year + 1 })
        {
            if (Distance(year, month, day) < best)
            {
                yield return year;
                yield break;
            }
        }
    }

    // Days between the story's date and the date in a given year; int.MaxValue when that year has no such day.
    private int Distance(int year, int month, int day) =>
        Make(year, month, day) is { } date ? Math.Abs(date.DayNumber - Date.DayNumber) : int.MaxValue;

    public static DateOnly? Make(int year, int month, int day) =>
        day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;

    public static int Number(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
}
