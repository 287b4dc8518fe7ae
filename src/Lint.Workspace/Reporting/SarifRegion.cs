using System.Text.Json;
using Lint.Text;

namespace Lint.Workspace.Reporting;

/// <summary>
/// A SARIF region taken from an article's text: 1-based lines and columns, the UTF-16 offset and length,
/// and for a result's location the text it covers. It keeps no reference to the article.
/// </summary>
public sealed record SarifRegion(int StartLine, int StartColumn, int EndLine, int EndColumn, int CharOffset, int CharLength, string? Snippet)
{
    public static SarifRegion Of(SourceText text, TextSpan span, bool snippet)
    {
        var lines = text.GetLinePositionSpan(span);
        return new SarifRegion(
            lines.Start.Line + 1,
            lines.Start.Character + 1,
            lines.End.Line + 1,
            lines.End.Character + 1,
            span.Start,
            span.Length,
            snippet ? text.ToString(span) : null);
    }

    /// <summary>Writes the region's properties into the object the caller has opened.</summary>
    public void WriteBody(Utf8JsonWriter json)
    {
        json.WriteNumber("startLine", StartLine);
        json.WriteNumber("startColumn", StartColumn);
        json.WriteNumber("endLine", EndLine);
        json.WriteNumber("endColumn", EndColumn);
        json.WriteNumber("charOffset", CharOffset);
        json.WriteNumber("charLength", CharLength);
        if (Snippet is not null)
        {
            json.WriteStartObject("snippet");
            json.WriteString("text", Snippet);
            json.WriteEndObject();
        }
    }
}
