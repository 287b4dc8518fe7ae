using System.Text.RegularExpressions;
using Lint.Rules.Loading;

namespace Lint.Rules.Kinds.Weekdays;

/// <summary>
/// The names a weekday rule reads dates by, all from its YAML: the seven weekdays (Monday first) and the
/// month names and abbreviations with their numbers. The calendar arithmetic is DateTime's; the names are
/// the rule's own, so the machine's culture plays no part.
/// </summary>
public sealed class CalendarWords(IReadOnlyList<string> weekdays, IReadOnlyDictionary<string, int> months)
{
    private const string NotWord = @"[\p{L}\p{N}_]";

    // What joins two days of a pair: "Monday and Tuesday", "February 16 to 17".
    private const string PairJoiner = "(?:and|&|or|to|through|-|–)";

    /// <summary>The weekday's name as the rule spells it.</summary>
    public string WeekdayName(DayOfWeek day) => weekdays[((int)day + 6) % 7];

    /// <summary>The weekday a name stands for.</summary>
    public DayOfWeek Weekday(string name) => (DayOfWeek)((IndexOf(name) + 1) % 7);

    public int Month(string name) => months[name];

    /// <summary>
    /// "Tuesday, Oct. 9", "Tuesday (Oct. 9)", "Tuesday, October 9th, 2024", and the day before the month as British
    /// and Australian copy writes it, "Friday 16 April", "Friday, the 16th of April 2027": groups weekday, month,
    /// day and year.
    /// </summary>
    public Regex MentionPattern() => RulePattern.Compile(
        $@"(?<!{NotWord})(?<weekday>{Alternatives(weekdays)})(?:,\s*|(?<paren>\s*\(\s*)|\s+)(?:the\s+)?(?:(?<month>{Alternatives(months.Keys)})\s+(?<day>\d{{1,2}})(?:st|nd|rd|th)?(?!{NotWord})(?:,\s*(?<year>(?:19|20)\d\d)(?!{NotWord}))?|(?<day>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?\s+(?<month>{Alternatives(months.Keys)})(?!{NotWord})(?:,?\s+(?<year>(?:19|20)\d\d)(?!{NotWord}))?)(?(paren)(?:\s*\))?|)",
        ignoreCase: false);

    /// <summary>
    /// The end of text that names a weekday and joins another to it, "Monday and ", "Friday to ": the weekday after it is
    /// the second of a pair ("Monday and Tuesday, February 16 and 17").
    /// </summary>
    public Regex PairedWeekdayBefore() => RulePattern.Compile(
        $@"(?<!{NotWord})(?:{Alternatives(weekdays)})\s+{PairJoiner}\s+$",
        ignoreCase: false);

    /// <summary>The start of text that joins a second day of the month to a date, " and 17", " to 17": the date is the first of a pair.</summary>
    public static Regex PairedDayAfter() => RulePattern.Compile($@"^\s*{PairJoiner}\s*\d{{1,2}}\b", ignoreCase: false);

    /// <summary>A date with its year, "June 3, 2025", "3 June 2025" or "2025-06-03", as in a dateline or front matter.</summary>
    public Regex FullDatePattern() => RulePattern.Compile(
        $@"(?<!{NotWord})(?:(?<month>{Alternatives(months.Keys)})\s+(?<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?<year>(?:19|20)\d\d)|(?<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?<month>{Alternatives(months.Keys)}),?\s+(?<year>(?:19|20)\d\d)|(?<iso>(?:19|20)\d\d-[01]\d-[0-3]\d))(?!{NotWord})",
        ignoreCase: false);

    /// <summary>True when a match of <see cref="MentionPattern"/> writes the day before the month ("Friday 16 April").</summary>
    public static bool DayFirst(Match match) => match.Groups["day"].Index < match.Groups["month"].Index;

    private int IndexOf(string name)
    {
        for (var i = 0; i < weekdays.Count; i++)
        {
            if (weekdays[i] == name)
            {
                return i;
            }
        }

        throw new ArgumentException($"'{name}' is not one of the rule's weekdays.", nameof(name));
    }

    // Longest first, so "Sept." wins over "Sep" and "March" over "Mar".
    private static string Alternatives(IEnumerable<string> names) =>
        string.Join('|', names.OrderByDescending(n => n.Length).Select(Regex.Escape));
}
