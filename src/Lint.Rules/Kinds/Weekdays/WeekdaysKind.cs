using System.Globalization;
using Lint.Analysis;
using Lint.Rules.Loading;

namespace Lint.Rules.Kinds.Weekdays;

/// <summary>
/// <c>extends: weekdays</c> (Lint's own kind): a weekday that does not fit its date ("Tuesday, Oct. 9" when
/// Oct. 9 is a Thursday). <c>weekdays</c> lists the seven day names, Monday first; <c>months</c> maps each
/// month name or abbreviation to its number. A date with a year is read in that year; one without is read
/// in the story's year, taken from the first date with a year in the story's head (front matter, headline,
/// byline and first paragraph, where the date line is), and a story with none there is left alone. The message's <c>%s</c> are the text found, the date with
/// its year, and the weekday that date falls on.
/// </summary>
public sealed class WeekdaysKind : RuleKind
{
    public override string Name => "weekdays";

    public override Analyzer? Create(RuleDefinition rule, RuleNode options)
    {
        var weekdays = options.GetList("weekdays", required: true);
        if (weekdays.Count != 7 || weekdays.Any(w => string.IsNullOrWhiteSpace(w.Value)))
        {
            options.Errors.Add(options.Mapping, "'weekdays' must list the seven day names, Monday first.");
        }

        var months = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (name, number) in options.GetPairs("months", required: true))
        {
            if (int.TryParse(number.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12 && !string.IsNullOrWhiteSpace(name.Value))
            {
                months[name.Value] = month;
            }
            else
            {
                options.Errors.Add(number, $"A month's number must be 1 to 12, not '{number.Value}'.");
            }
        }

        return options.Errors.Any ? null : new WeekdaysAnalyzer(rule, new CalendarWords([.. weekdays.Select(w => w.Value!)], months));
    }
}
