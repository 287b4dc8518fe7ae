using System.Text.Json;

namespace Lint.Workspace.Reporting;

/// <summary>The small SARIF objects written in many places: a message and an artifact location.</summary>
public static class SarifJson
{
    public static void ArtifactLocation(Utf8JsonWriter json, string path)
    {
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", Uri.EscapeDataString(path).Replace("%2F", "/", StringComparison.Ordinal));
        json.WriteEndObject();
    }

    public static void Message(Utf8JsonWriter json, string name, string text)
    {
        json.WriteStartObject(name);
        json.WriteString("text", text);
        json.WriteEndObject();
    }
}
