using System.Net.Http.Json;
using System.Text.Json;
using Lint.Server.Tests.Harness;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Lint.Server.Tests.Api;

/// <summary>Fix, rules, health, the OpenAPI document and the page.</summary>
public sealed class EndpointTests : IClassFixture<LintServerFactory>
{
    private readonly LintServerFactory _factory;
    private readonly HttpClient _client;

    public EndpointTests(LintServerFactory factory) => (_factory, _client) = (factory, factory.CreateClient());

    [Fact]
    public async Task Fix_applies_the_safe_fixes_pass_after_pass_and_the_editorial_ones_only_when_asked()
    {
        const string story = "The the the mayor spoke on the Web site.";
        var safe = await Harness.Api.Json(await _client.PostAsJsonAsync("/api/v1/fix", new { text = story, format = "text" }));
        Assert.Equal("The mayor spoke on the Web site.", safe.GetProperty("text").GetString());
        var left = Assert.Single(safe.GetProperty("remaining").EnumerateArray(), f => f.GetProperty("rule").GetString() == "Newsroom.Compounds");
        Assert.Equal("editorial", left.GetProperty("fix").GetProperty("level").GetString());

        var response = await Harness.Api.Json(await _client.PostAsJsonAsync("/api/v1/fix", new { text = story, format = "text", includeEditorial = true }));

        var fixedText = response.GetProperty("text").GetString()!;
        Assert.Equal("The mayor spoke on the Website.", fixedText);
        Assert.True(response.GetProperty("applied").GetInt32() >= 2);
        Assert.Contains(response.GetProperty("fixes").EnumerateArray(), f => f.GetProperty("rule").GetString() == "Newsroom.RepeatedWords");
        var check = await Harness.Api.Json(await Harness.Api.CheckJson(_client, fixedText));
        Assert.Equal(Harness.Api.Findings(check), Harness.Api.Findings(response, "remaining"));
    }

    [Fact]
    public async Task Fix_with_only_applies_those_rules_and_text_plain_gets_the_text_alone()
    {
        const string story = "The the mayor spoke on the Web site.";
        var only = await Harness.Api.Json(await _client.PostAsJsonAsync("/api/v1/fix", new { text = story, only = new[] { "Newsroom.Compounds" } }));
        Assert.Equal("The the mayor spoke on the Website.", only.GetProperty("text").GetString());

        var raw = await Harness.Api.PostRaw(_client, "/api/v1/fix?include-editorial=true", story, "text/plain", "text/plain");
        Assert.Equal("text/plain", raw.Content.Headers.ContentType?.MediaType);
        Assert.Equal("The mayor spoke on the Website.", await raw.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Rules_lists_every_loaded_rule_with_its_description_and_whether_it_is_on()
    {
        var rules = (await Harness.Api.Json(await _client.GetAsync("/api/v1/rules"))).EnumerateArray().ToList();

        var repeated = rules.Single(r => r.GetProperty("id").GetString() == "Newsroom.RepeatedWords");
        Assert.True(repeated.GetProperty("enabled").GetBoolean());
        Assert.Equal("Newsroom", repeated.GetProperty("style").GetString());
        Assert.False(string.IsNullOrWhiteSpace(repeated.GetProperty("description").GetString()));
        Assert.Contains(rules, r => r.GetProperty("style").GetString() == "AP" && !r.GetProperty("enabled").GetBoolean()); // shipped off
    }

    [Fact]
    public async Task Health_says_ok_with_the_number_of_rules()
    {
        var health = await Harness.Api.Json(await _client.GetAsync("/api/v1/health"));
        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.True(health.GetProperty("rules").GetInt32() > 10);
        Assert.Equal(0, health.GetProperty("ruleErrors").GetArrayLength());
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_every_API_endpoint_the_app_maps()
    {
        using var document = JsonDocument.Parse(await _client.GetStringAsync("/openapi/v1.json"));
        var paths = document.RootElement.GetProperty("paths");
        var documented = paths.EnumerateObject().SelectMany(p => p.Value.EnumerateObject().Select(m => $"{m.Name.ToUpperInvariant()} {p.Name}")).ToHashSet();

        var mapped = _factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/api/", StringComparison.Ordinal))
            .SelectMany(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()!.HttpMethods.Select(m => $"{m} {e.RoutePattern.RawText}"))
            .ToHashSet();

        Assert.Equal(["GET /api/v1/health", "GET /api/v1/rules", "POST /api/v1/check", "POST /api/v1/fix"], mapped.Order(StringComparer.Ordinal));
        Assert.Subset(documented, mapped);
        var check = paths.GetProperty("/api/v1/check").GetProperty("post");
        var bodies = check.GetProperty("requestBody").GetProperty("content").EnumerateObject().Select(c => c.Name).ToList();
        Assert.Equal(["application/json", "text/plain", "text/markdown", "text/html"], bodies);
        Assert.True(check.GetProperty("responses").TryGetProperty("413", out _));
    }

    [Fact]
    public async Task The_page_and_its_scripts_are_served_from_the_app()
    {
        var page = await _client.GetAsync("/");
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var html = await page.Content.ReadAsStringAsync();
        foreach (var asset in new[] { "lint.css", "lint-render.js", "lint-page.js" })
        {
            Assert.Contains(asset, html, StringComparison.Ordinal);
            var response = await _client.GetAsync("/" + asset);
            Assert.True(response.IsSuccessStatusCode, asset);
        }
    }
}
