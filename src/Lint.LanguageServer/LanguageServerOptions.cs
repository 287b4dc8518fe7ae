namespace Lint.LanguageServer;

/// <summary>
/// How the server paces itself: how long to wait after the last change before linting (a burst of
/// keystrokes becomes one lint), the longest it waits under steady typing, and how many stories of the
/// workspace folder the corpus rules read from disk.
/// </summary>
public sealed record LanguageServerOptions(TimeSpan Debounce, TimeSpan MaxDelay, int MaxWorkspaceStories)
{
    public static LanguageServerOptions Default { get; } = new(TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1), 2000);
}
