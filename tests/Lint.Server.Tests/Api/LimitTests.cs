using System.Net;
using System.Text;
using Lint.Server.Tests.Harness;

namespace Lint.Server.Tests.Api;

/// <summary>The limits a CMS can rely on: a body cap, a time limit, a bounded queue, and the bearer token.</summary>
public sealed class LimitTests
{
    private static readonly string LongStory = string.Concat(Enumerable.Repeat("The the mayor said on Tuesday that the council would effect the change. ", 6000));

    [Fact]
    public async Task A_body_over_the_cap_gets_413_whether_or_not_its_length_is_sent()
    {
        using var factory = LintServerFactory.With(o => o with { MaxBodyBytes = 1000 });
        var client = factory.CreateClient();
        var story = new string('a', 1001);

        var problem = await Harness.Api.Problem(await Harness.Api.PostRaw(client, "/api/v1/check", story, "text/plain"), 413);
        Assert.Contains("1,000 bytes", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var chunked = new HttpRequestMessage(HttpMethod.Post, "/api/v1/check") { Content = new StreamContent(new UnknownLengthStream(Encoding.UTF8.GetBytes(story))) };
        chunked.Content.Headers.ContentType = new("text/plain");
        await Harness.Api.Problem(await client.SendAsync(chunked), 413);
        await Harness.Api.Json(await Harness.Api.PostRaw(client, "/api/v1/check", new string('a', 1000), "text/plain"));
    }

    [Fact]
    public async Task A_request_past_the_time_limit_gets_a_503_problem()
    {
        using var factory = LintServerFactory.With(o => o with { RequestTimeout = TimeSpan.FromMilliseconds(1) });
        var client = factory.CreateClient();

        var problem = await Harness.Api.Problem(await Harness.Api.PostRaw(client, "/api/v1/check", LongStory, "text/plain"), 503);
        Assert.Contains("limit", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_whose_time_runs_out_in_the_queue_gets_the_503_problem_not_an_empty_answer()
    {
        using var factory = LintServerFactory.With(o => o with { MaxConcurrentStories = 1, QueueLimit = 100, RequestTimeout = TimeSpan.FromMilliseconds(100) });
        var client = factory.CreateClient();

        // Eight different stories: a story the server has read before is partly looked up, not read again, and would
        // come back before the time limit. Each is long enough that eight, one at a time, take longer than the limit.
        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Harness.Api.PostRaw(client, "/api/v1/check", $"Story {i}. {LongStory[..60_000]}", "text/plain")));

        Assert.Contains(responses, r => r.StatusCode == HttpStatusCode.ServiceUnavailable);
        foreach (var response in responses)
        {
            if (response.StatusCode == HttpStatusCode.OK)
            {
                Assert.True((await Harness.Api.Json(response)).TryGetProperty("findings", out _));
            }
            else
            {
                await Harness.Api.Problem(response, 503);
            }
        }
    }

    [Fact]
    public async Task A_burst_past_the_queue_is_refused_with_503_and_Retry_After_not_a_crash()
    {
        using var factory = LintServerFactory.With(o => o with { MaxConcurrentStories = 1, QueueLimit = 1, RequestTimeout = TimeSpan.FromMinutes(10) });
        var client = factory.CreateClient();

        var responses = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => Harness.Api.PostRaw(client, "/api/v1/check", LongStory, "text/plain")));

        Assert.Contains(responses, r => r.StatusCode == HttpStatusCode.OK);
        var refused = responses.Where(r => r.StatusCode == HttpStatusCode.ServiceUnavailable).ToList();
        Assert.NotEmpty(refused);
        Assert.All(refused, r => Assert.Equal("1", r.Headers.RetryAfter?.ToString()));
        Assert.Equal(12, responses.Count(r => r.StatusCode is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable));
    }

    [Fact]
    public async Task With_a_token_the_API_needs_it_but_the_health_check_and_the_page_do_not()
    {
        using var factory = LintServerFactory.With(o => o with { Token = "s3cret" });
        var client = factory.CreateClient();

        var missing = await Harness.Api.Problem(await Harness.Api.CheckJson(client, "Text."), 401);
        Assert.Contains("Bearer", missing.GetProperty("detail").GetString(), StringComparison.Ordinal);
        client.DefaultRequestHeaders.Authorization = new("Bearer", "wrong");
        await Harness.Api.Problem(await client.GetAsync("/api/v1/rules"), 401);
        client.DefaultRequestHeaders.Authorization = new("Bearer", "s3cret");
        await Harness.Api.Json(await Harness.Api.CheckJson(client, "Text."));
        await Harness.Api.Json(await client.GetAsync("/api/v1/rules"));

        client.DefaultRequestHeaders.Authorization = null;
        await Harness.Api.Json(await client.GetAsync("/api/v1/health"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
    }

    /// <summary>A body sent without a Content-Length (chunked), so the cap must be counted as it is read.</summary>
    private sealed class UnknownLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
