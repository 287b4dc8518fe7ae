using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Lint.Server.Tests.Harness;

/// <summary>Small helpers for calling the API the way a CMS hook does.</summary>
public static class Api
{
    public static Task<HttpResponseMessage> CheckJson(HttpClient client, string text, string format = "text", object? extra = null) =>
        client.PostAsJsonAsync("/api/v1/check", Body(text, format, extra));

    public static Task<HttpResponseMessage> PostRaw(HttpClient client, string path, byte[] body, string mediaType, string? accept = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(mediaType);
        if (accept is not null)
        {
            request.Headers.Accept.ParseAdd(accept);
        }

        return client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> PostRaw(HttpClient client, string path, string body, string mediaType, string? accept = null) =>
        PostRaw(client, path, Encoding.UTF8.GetBytes(body), mediaType, accept);

    public static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>The problem-details body of a refused request, after checking its status and media type.</summary>
    public static async Task<JsonElement> Problem(HttpResponseMessage response, int status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status, $"expected {status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(text).RootElement.Clone();
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        return problem;
    }

    public static IReadOnlyList<string> Findings(JsonElement response, string property = "findings") =>
        [.. response.GetProperty(property).EnumerateArray().Select(LintExecutable.Describe)];

    private static Dictionary<string, object?> Body(string text, string format, object? extra)
    {
        var body = new Dictionary<string, object?> { ["text"] = text, ["format"] = format };
        if (extra is not null)
        {
            foreach (var property in extra.GetType().GetProperties())
            {
                body[property.Name] = property.GetValue(extra);
            }
        }

        return body;
    }
}
