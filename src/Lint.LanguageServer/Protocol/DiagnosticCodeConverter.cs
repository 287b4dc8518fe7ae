using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Lint.LanguageServer.Protocol;

/// <summary>A diagnostic's <c>code</c> is an integer or a string in LSP; other servers' integer codes are read as their digits.</summary>
public sealed class DiagnosticCodeConverter : JsonConverter<string?>
{
    public override bool HandleNull => true;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.Number => reader.GetInt64().ToString(CultureInfo.InvariantCulture),
        _ => reader.GetString(),
    };

    public override void Write(Utf8JsonWriter writer, string? value, JsonSerializerOptions options)
    {
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStringValue(value);
        }
    }
}
