using System.Net.Http.Json;
using System.Text.Json;
using Lint.Server.Tests.Harness;
using Microsoft.Playwright;

namespace Lint.Server.Tests.Browser;

/// <summary>The copy desk's page in a real browser: a seed story pasted, checked, fixed one finding at a time and all at once.</summary>
public sealed class PageTests
{
    private static readonly string Seed = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "seeds", "001_7b33983bd1ffca82.txt"));

    [BrowserFact]
    public async Task A_pasted_seed_is_shown_with_each_finding_highlighted_where_the_API_puts_it()
    {
        await using var session = await PageSession.StartAsync();
        var page = session.Page;
        await page.GotoAsync(session.Address);
        await page.FillAsync("#story", Seed);
        await page.Keyboard.PressAsync("Control+Enter");
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("errors");

        var findings = await FindingsAsync(session, Seed);
        Assert.NotEmpty(findings);
        (await Highlights.ReadAsync(page)).AssertMatch(Seed, findings);
        Assert.Equal(findings.Count, await page.Locator("#list button").CountAsync());

        await page.Locator("mark").First.HoverAsync();
        await Assertions.Expect(page.Locator("#tip")).ToBeVisibleAsync();
        await session.ScreenshotAsync("page-checked");

        await page.SelectOptionAsync("#filter-severity", "error");
        var errors = findings.Count(f => f.GetProperty("severity").GetString() == "error");
        Assert.Equal(errors, await page.Locator("#list button").CountAsync());
        Assert.Equal(errors, await page.Locator("#list button.error").CountAsync());
    }

    [BrowserFact]
    public async Task One_fix_is_applied_from_the_keyboard_and_the_story_and_highlights_update()
    {
        await using var session = await PageSession.StartAsync();
        var page = session.Page;
        await page.GotoAsync(session.Address);
        await page.FillAsync("#story", Seed);
        await page.ClickAsync("#check");
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("errors");
        var findings = await FindingsAsync(session, Seed);
        var index = findings.FindIndex(f => f.TryGetProperty("fix", out var fix) && fix.ValueKind == JsonValueKind.Object);
        Assert.True(index >= 0, "the seed has a finding with a fix");

        await page.ClickAsync($".list button[data-finding=\"{index}\"]");
        await Assertions.Expect(page.Locator("#detail-rule")).ToHaveTextAsync(findings[index].GetProperty("rule").GetString()!);
        await page.Locator("#view").FocusAsync();
        await page.Keyboard.PressAsync("f");
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("Fixed:");

        var expected = Apply(Seed, findings[index].GetProperty("fix").GetProperty("edits"));
        Assert.Equal(expected, await page.InputValueAsync("#story"));
        (await Highlights.ReadAsync(page)).AssertMatch(expected, await FindingsAsync(session, expected));
        await session.ScreenshotAsync("page-one-fix");
    }

    [BrowserFact]
    public async Task Apply_all_safe_fixes_gives_the_story_the_fix_endpoint_gives()
    {
        await using var session = await PageSession.StartAsync();
        var page = session.Page;
        await page.GotoAsync(session.Address);
        await page.FillAsync("#story", Seed);
        await page.ClickAsync("#fix-all");
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("Applied");

        var response = await Harness.Api.Json(await session.Api.PostAsJsonAsync("api/v1/fix", new { text = Seed, format = "text" }));
        var fixedText = response.GetProperty("text").GetString()!;
        Assert.NotEqual(Seed, fixedText);
        Assert.Equal(fixedText, await page.InputValueAsync("#story"));
        (await Highlights.ReadAsync(page)).AssertMatch(fixedText, [.. response.GetProperty("remaining").EnumerateArray()]);
        await session.ScreenshotAsync("page-all-fixes");
    }

    [BrowserFact]
    public async Task The_HTML_report_shows_each_article_with_the_findings_of_lint_check_in_place()
    {
        var seeds = Path.Combine(RepositoryRoot.Path, "seeds");
        var report = Path.Combine(Directory.CreateTempSubdirectory("lint-report-").FullName, "report.html");
        LintExecutable.Run(seeds, "check", ".", "--format", "html", "--output", report, "--fail-level", "none");
        using var json = JsonDocument.Parse(LintExecutable.Run(seeds, "check", ".", "--format", "json", "--fail-level", "none"));
        var first = Directory.GetFiles(seeds).Order(StringComparer.Ordinal).First();
        var findings = json.RootElement.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("path").GetString() == Path.GetFileName(first)).ToList();

        await using var session = await PageSession.StartAsync();
        await session.Page.GotoAsync(new Uri(report).AbsoluteUri);
        await Assertions.Expect(session.Page.Locator("#status")).ToContainTextAsync(Path.GetFileName(first));

        (await Highlights.ReadAsync(session.Page)).AssertMatch(await File.ReadAllTextAsync(first), findings);
        Assert.Equal(Directory.GetFiles(seeds).Length, await session.Page.Locator("#article option").CountAsync());
        await session.ScreenshotAsync("report");
    }

    private static async Task<List<JsonElement>> FindingsAsync(PageSession session, string text) =>
        [.. (await Harness.Api.Json(await session.Api.PostAsJsonAsync("api/v1/check", new { text, format = "text" }))).GetProperty("findings").EnumerateArray()];

    private static string Apply(string text, JsonElement edits) =>
        edits.EnumerateArray().OrderByDescending(e => e.GetProperty("offset").GetInt32()).Aggregate(text, (t, e) =>
            t.Remove(e.GetProperty("offset").GetInt32(), e.GetProperty("length").GetInt32()).Insert(e.GetProperty("offset").GetInt32(), e.GetProperty("text").GetString()!));
}
