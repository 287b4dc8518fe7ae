using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;

namespace Lint.Server.Tests.Browser;

/// <summary>
/// A real server on a loopback port (a browser cannot reach the in-process test server) and a headless
/// chromium page. Screenshots go to <c>screenshots/</c> in the test output folder, kept as artifacts.
/// </summary>
public sealed class PageSession : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private PageSession(WebApplication app, IPlaywright playwright, IBrowser browser, IPage page)
    {
        (_app, _playwright, _browser, Page) = (app, playwright, browser, page);
        Address = app.Urls.First();
        Api = new HttpClient { BaseAddress = new Uri(Address) };
    }

    public static string Screenshots { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;

    public IPage Page { get; }

    public string Address { get; }

    /// <summary>A client of the same server, to ask the API what the page should show.</summary>
    public HttpClient Api { get; }

    public static async Task<PageSession> StartAsync()
    {
        var executable = Chromium.Path ?? throw new InvalidOperationException("chromium is not installed: CI installs it with 'apt-get install -y chromium' before the tests.");
        var root = Directory.CreateTempSubdirectory("lint-serve-page-").FullName;
        var app = LintServer.Create([], ServeOptions.Default with { Urls = "http://127.0.0.1:0", Root = root, WatchFiles = false });
        await app.StartAsync();
        using (var warm = new HttpClient { BaseAddress = new Uri(app.Urls.First()) })
        {
            (await warm.GetAsync("api/v1/health")).EnsureSuccessStatusCode(); // loads the rules before the page is timed
        }

        Assertions.SetDefaultExpectTimeout(60_000); // a busy 2-core machine, not a slow page: the page's speed is a benchmark
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = executable, Headless = true, Args = Chromium.Arguments });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1366, Height = 900 } });
        return new PageSession(app, playwright, browser, page);
    }

    public Task ScreenshotAsync(string name) =>
        Page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, name + ".png"), FullPage = true });

    public async ValueTask DisposeAsync()
    {
        Api.Dispose();
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
