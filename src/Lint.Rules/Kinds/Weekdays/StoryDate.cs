using System.Globalization;
using System.Text.RegularExpressions;

namespace Lint.Rules.Kinds.Weekdays;

/// <summary>
/// When a story was written: the first date with a year in it (its date line, byline or front matter).
/// A weekday and date written without a year are read in that year, or in the year next to it when the
/// story and the date sit on either side of New Year.
/// </summary>
public sealed class StoryDate(DateOnly date)
{
    private const int YearEndMonths = 2;

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

    /// <summary>The years a date without one can mean: the story's, and the one across New Year when the two are at opposite ends of it.</summary>
    public IEnumerable<int> YearsFor(int month)
    {
        yield return Date.Year;
        if (Date.Month <= YearEndMonths && month > 12 - YearEndMonths)
        {
            yield return Date.Year - 1;
        }
        else if (Date.Month > 12 - YearEndMonths && month <= YearEndMonths)
        {
            yield return Date.Year + 1;
        }
    }

    public static DateOnly? Make(int year, int month, int day) =>
        day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;

    public static int Number(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
}
