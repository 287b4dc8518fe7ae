using System.Text.Json;
using System.Text.Json.Serialization;
using StreamJsonRpc;

namespace Lint.LanguageServer.Transport;

/// <summary>
/// How LSP messages are read and written: camelCase names, absent members left out rather than sent as
/// null, and a member the protocol requires (a constructor parameter without a default, a non-nullable
/// type) missing or null fails the message, which a request answers with InvalidParams.
/// </summary>
public static class LspJson
{
    public static JsonSerializerOptions Options { get; } = Configure(new JsonSerializerOptions());

    public static SystemTextJsonFormatter CreateFormatter()
    {
        var formatter = new SystemTextJsonFormatter();
        Configure(formatter.JsonSerializerOptions);
        return formatter;
    }

    private static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        options.PropertyNameCaseInsensitive = false;
        options.RespectNullableAnnotations = true;
        options.RespectRequiredConstructorParameters = true;
        return options;
    }
}
