namespace Lint.LanguageServer;

/// <summary>
/// How the server paces itself: how long to wait after the last change before linting (a burst of
/// keystrokes becomes one lint), the longest it waits under steady typing, and how many stories of the
/// workspace folder the corpus rules read from disk. And how much one document may take, so that no
/// document starves or kills the others: its length (<see cref="MaxDocumentLength"/>, as harper-ls's
/// <c>maxFileLength</c>), the time its analysis may run (<see cref="AnalysisBudget"/>) and the findings
/// published for it (<see cref="MaxDiagnostics"/>). These come from the command line's defaults, never
/// from a client.
/// </summary>
public sealed record LanguageServerOptions(TimeSpan Debounce, TimeSpan MaxDelay, int MaxWorkspaceStories)
{
    public static LanguageServerOptions Default { get; } = new(TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1), 2000);

    /// <summary>The longest document linted, in UTF-16 characters (about 1 MB of text); a longer one gets one finding saying so.</summary>
    public int MaxDocumentLength { get; init; } = 1_000_000;

    /// <summary>How long one document's analysis may run in a pass before it is stopped with one finding saying so.</summary>
    public TimeSpan AnalysisBudget { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The most findings published for one document (the first in the text), the last one saying how many more there are.</summary>
    public int MaxDiagnostics { get; init; } = 1_000;

    /// <summary>
    /// The largest message body read, in bytes (a document of <see cref="MaxDocumentLength"/> characters fits,
    /// escaped); a longer one is skipped unread with a ParseError, and the next message is served.
    /// </summary>
    public long MaxMessageBytes { get; init; } = 32 * 1024 * 1024;
}
