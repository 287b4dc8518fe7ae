namespace Lint.Rules.Kinds.Weekdays;

/// <summary>
/// A story whose head carries no date: a date without a year may mean the year nearest the run's day (today's
/// copy; "Dec. 30" read on Jan. 2 is last year's), or any year the story names (old copy that says when it
/// happened). The nearest year comes first, so a message names it. The story's years are read only when a
/// date needs them, the first time.
/// </summary>
public sealed class UndatedStory(DateOnly today, Func<IReadOnlySet<int>> readNamed)
{
    private readonly Lazy<IReadOnlySet<int>> _named = new(readNamed, LazyThreadSafetyMode.None);

    public IEnumerable<int> YearsFor(int month, int day)
    {
        var near = new StoryDate(today).YearsFor(month, day).ToList();
        var nearest = near[^1];
        yield return nearest;
        foreach (var year in near.Concat(_named.Value.Order()).Where(y => y != nearest).Distinct())
        {
            yield return year;
        }
    }
}
