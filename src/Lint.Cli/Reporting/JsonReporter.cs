using System.Text.Encodings.Web;
using System.Text.Json;
using Lint.Diagnostics;
using Lint.Workspace.Findings;
using Lint.Workspace.Input;

namespace Lint.Cli.Reporting;

/// <summary>A plain JSON list of findings for scripts and CMS hooks: 1-based lines and columns, UTF-16 offsets, fixes.</summary>
public sealed class JsonReporter : IReporter
{
    /// <summary>Written out whenever this much is pending, so a long run is not held in the writer's buffer.</summary>
    private const int FlushBytes = 64 * 1024;

    private Stream? _output;
    private Utf8JsonWriter? _json;

    private Utf8JsonWriter Json => _json ?? throw new InvalidOperationException("Begin was not called.");

    public void Begin(Stream output, ReportStart start)
    {
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" };
        _output = output;
        _json = new Utf8JsonWriter(output, options);
        _json.WriteStartObject();
        _json.WriteStartArray("findings");
    }

    public void Article(ArticleResult article)
    {
        var json = Json;
        foreach (var diagnostic in article.Diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("path", diagnostic.Location.Path);
            WriteFinding(json, diagnostic);
            json.WriteEndObject();
        }

        if (json.BytesPending >= FlushBytes)
        {
            json.Flush();
        }
    }

    /// <summary>A finding's properties (all but its path), as this format and the HTML report write them.</summary>
    public static void WriteFinding(Utf8JsonWriter json, Diagnostic diagnostic)
    {
        var location = diagnostic.Location;
        json.WriteNumber("line", location.LineSpan.Start.Line + 1);
        json.WriteNumber("column", location.LineSpan.Start.Character + 1);
        json.WriteNumber("endLine", location.LineSpan.End.Line + 1);
        json.WriteNumber("endColumn", location.LineSpan.End.Character + 1);
        json.WriteNumber("offset", location.Span.Start);
        json.WriteNumber("length", location.Span.Length);
        json.WriteString("severity", Levels.Text(diagnostic.Severity));
        json.WriteString("rule", diagnostic.Id);
        json.WriteString("message", diagnostic.Message);
        if (diagnostic.Fix is { } fix)
        {
            json.WriteStartObject("fix");
            json.WriteString("title", fix.Title);
            json.WriteStartArray("edits");
            foreach (var edit in fix.Edits)
            {
                json.WriteStartObject();
                json.WriteNumber("offset", edit.Span.Start);
                json.WriteNumber("length", edit.Span.Length);
                json.WriteString("text", edit.NewText);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }
    }

    public void End(ReportEnd end)
    {
        var json = Json;
        json.WriteEndArray();
        json.WriteStartArray("errors");
        foreach (var error in end.Problems)
        {
            json.WriteStringValue(error);
        }

        json.WriteEndArray();
        json.WriteString("summary", Summary.Describe(end.Tally));
        json.WriteEndObject();
        json.Flush();
        json.Dispose();
        _json = null;
        _output!.WriteByte((byte)'\n');
    }
}
