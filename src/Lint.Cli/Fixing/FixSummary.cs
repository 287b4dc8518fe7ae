using Humanizer;

namespace Lint.Cli.Fixing;

/// <summary>The closing line of <c>lint fix</c>: "Fixed 7 findings in 3 articles." and what is left for an editor.</summary>
public static class FixSummary
{
    public static string Describe(int fixes, int changedArticles, int articles, int remaining, bool dryRun)
    {
        var done = fixes == 0
            ? $"Nothing to fix in {"article".ToQuantity(articles)}."
            : $"{(dryRun ? "Would fix" : "Fixed")} {"finding".ToQuantity(fixes)} in {"article".ToQuantity(changedArticles)}.";
        return remaining == 0
            ? done
            : $"{done} {"finding".ToQuantity(remaining)} left for an editor; lint check lists them.";
    }
}
