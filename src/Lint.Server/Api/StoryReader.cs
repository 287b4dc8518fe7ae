using System.Text.Json;
using Lint.Server.Stories;
using Lint.Text;
using Lint.Workspace.Input;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace Lint.Server.Api;

/// <summary>
/// Reads the story of a request: a JSON body (<see cref="StoryRequest"/>) or a raw body whose media type
/// names its format (<c>text/plain</c>, <c>text/markdown</c>, <c>text/html</c>; <c>?disable=</c> and
/// <c>?only=</c> name rules, comma-separated; <c>?include-editorial=true</c> applies editorial fixes too). A body over the cap is refused with 413, bad input with a
/// 400 problem that says what is wrong and where.
/// </summary>
public sealed class StoryReader(ServeOptions options, StoryService stories)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<(Story? Story, IResult? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > options.MaxBodyBytes)
        {
            return (null, TooLarge());
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = options.MaxBodyBytes;
        }

        var mediaType = MediaTypeHeaderValue.TryParse(request.ContentType, out var parsed) ? parsed.MediaType.Value : null;
        var isJson = mediaType is null || mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase);
        if (!isJson && (mediaType is null || !StoryFormat.NamesByMediaType.ContainsKey(mediaType)))
        {
            return (null, Problems.Bad(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type",
                $"The body is '{mediaType}'; send application/json, or a story as text/plain, text/markdown or text/html."));
        }

        var body = await ReadBodyAsync(request, cancellationToken);
        if (body is null)
        {
            return (null, TooLarge());
        }

        return isJson ? FromJson(body) : FromRaw(body, StoryFormat.NamesByMediaType[mediaType!], request.Query);
    }

    private (Story?, IResult?) FromJson(byte[] body)
    {
        StoryRequest? parsed;
        try
        {
            parsed = JsonSerializer.Deserialize<StoryRequest>(body, Json);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $" at line {line + 1}, byte {ex.BytePositionInLine + 1}" : string.Empty;
            return (null, Problems.BadInput($"The body is not valid JSON{where}: {ex.Message}"));
        }

        if (parsed?.Text is null)
        {
            return (null, Problems.BadInput("The JSON body has no 'text': send {\"text\": \"...\", \"format\": \"markdown\"}."));
        }

        return Build(new SourceText(parsed.Text), parsed.Format ?? "text", parsed.Disable ?? [], parsed.Only ?? [], parsed.IncludeEditorial ?? false);
    }

    private (Story?, IResult?) FromRaw(byte[] body, string format, IQueryCollection query)
    {
        var text = ArticleDecoder.Decode(body, out var error);
        return error is not null
            ? (null, Problems.BadInput($"The story {error}"))
            : Build(text, format, List(query["disable"]), List(query["only"]), string.Equals(query["include-editorial"], "true", StringComparison.OrdinalIgnoreCase));
    }

    private (Story?, IResult?) Build(SourceText text, string format, IReadOnlyList<string> disable, IReadOnlyList<string> only, bool includeEditorial)
    {
        if (!StoryFormat.ExtensionsByName.ContainsKey(format))
        {
            return (null, Problems.BadInput($"Unknown format '{format}': use one of {StoryFormat.Names}."));
        }

        var story = new Story(text, format.ToLowerInvariant(), disable, only, includeEditorial);
        var unknown = StoryService.Unknown(stories.Configure(story.Extension).Rules, disable.Concat(only)).ToList();
        return unknown.Count > 0
            ? (null, Problems.BadInput($"No loaded rule or style is named {string.Join(", ", unknown.Select(u => $"'{u}'"))}; GET /api/v1/rules lists them."))
            : (story, null);
    }

    /// <summary>The body, or null when it goes past the cap (a body sent without a length is counted as it comes).</summary>
    private async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > options.MaxBodyBytes)
                {
                    return null;
                }
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }

        return buffer.ToArray();
    }

    private static IReadOnlyList<string> List(Microsoft.Extensions.Primitives.StringValues values) =>
        [.. values.SelectMany(v => (v ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];

    private IResult TooLarge() => Problems.Bad(StatusCodes.Status413PayloadTooLarge, "Story too large",
        $"The body is larger than the {options.MaxBodyBytes:N0} bytes this server accepts.");
}
