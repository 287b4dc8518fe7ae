namespace Lint.Server.Tests.Browser;

/// <summary>
/// Debian's chromium, which the browser tests drive through Playwright (Playwright's own browser download
/// cannot work here): LINT_CHROMIUM if set, else the first of the usual places that exists.
/// </summary>
public static class Chromium
{
    public static string? Path { get; } = Find();

    /// <summary>The flags for a headless run on a build machine, with nothing fetched from the network.</summary>
    public static readonly string[] Arguments =
        ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    private static string? Find()
    {
        var candidates = new[] { Environment.GetEnvironmentVariable("LINT_CHROMIUM"), "/usr/lib/chromium/chromium", "/usr/bin/chromium", "/usr/bin/chromium-browser" };
        return candidates.FirstOrDefault(c => !string.IsNullOrEmpty(c) && File.Exists(c));
    }
}
