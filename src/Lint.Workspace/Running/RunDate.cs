using System.Globalization;

namespace Lint.Workspace.Running;

/// <summary>
/// The day a run reads stories in when their head carries no date: the machine's date (a copy desk checks
/// today's copy), or the date in the <c>LINT_TODAY</c> environment variable (<c>yyyy-MM-dd</c>), so that a run
/// over old copy, or a test, gives the same findings on any day.
/// </summary>
public static class RunDate
{
    public const string Variable = "LINT_TODAY";

    /// <summary>The run's day; throws <see cref="InvalidDataException"/>, naming the variable, when it is set to something that is no date.</summary>
    public static DateOnly Today()
    {
        var pinned = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrEmpty(pinned))
        {
            return DateOnly.FromDateTime(DateTime.Now);
        }

        return DateOnly.TryParseExact(pinned, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new InvalidDataException($"{Variable} is '{pinned}': give the day as yyyy-MM-dd (2026-12-06), or unset it to use today's date.");
    }
}
