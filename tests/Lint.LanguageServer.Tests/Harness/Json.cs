using System.Text.Json;

namespace Lint.LanguageServer.Tests.Harness;

/// <summary>Short reads of LSP JSON in assertions.</summary>
internal static class Json
{
    public static string? Str(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public static int? Int(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : null;

    /// <summary>"line:character-line:character" of an LSP range, for compact assertions.</summary>
    public static string Range(JsonElement range)
    {
        var start = range.GetProperty("start");
        var end = range.GetProperty("end");
        return $"{start.GetProperty("line").GetInt32()}:{start.GetProperty("character").GetInt32()}-{end.GetProperty("line").GetInt32()}:{end.GetProperty("character").GetInt32()}";
    }

    /// <summary>Each diagnostic as "code@range", in order.</summary>
    public static string[] Summary(JsonElement diagnostics) =>
        [.. diagnostics.EnumerateArray().Select(d => $"{Str(d, "code")}@{Range(d.GetProperty("range"))}")];
}
