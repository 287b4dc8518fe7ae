using System.Text.Json;
using Lint.Text;

namespace Lint.LanguageServer.Tests.Harness;

/// <summary>Applies the text edits of a workspace edit to a text, as an editor would, to check what a fix does.</summary>
internal static class WorkspaceEdits
{
    public static IReadOnlyList<JsonElement> EditsFor(JsonElement workspaceEdit, string uri)
    {
        if (workspaceEdit.TryGetProperty("documentChanges", out var documentChanges))
        {
            return [.. documentChanges.EnumerateArray()
                .Where(c => Json.Str(c.GetProperty("textDocument"), "uri") == uri)
                .SelectMany(c => c.GetProperty("edits").EnumerateArray())];
        }

        return [.. workspaceEdit.GetProperty("changes").GetProperty(uri).EnumerateArray()];
    }

    public static string Apply(string text, IEnumerable<JsonElement> edits)
    {
        var source = new SourceText(text);
        return source.WithEdits(edits.Select(e => new TextEdit(Span(source, e.GetProperty("range")), Json.Str(e, "newText")!))).ToString();
    }

    private static TextSpan Span(SourceText text, JsonElement range) =>
        TextSpan.FromBounds(Offset(text, range.GetProperty("start")), Offset(text, range.GetProperty("end")));

    private static int Offset(SourceText text, JsonElement position) =>
        text.GetOffset(new LinePosition(position.GetProperty("line").GetInt32(), position.GetProperty("character").GetInt32()));
}
