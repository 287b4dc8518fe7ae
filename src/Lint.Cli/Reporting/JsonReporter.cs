using System.Text.Encodings.Web;
using System.Text.Json;
using Lint.Cli.Running;

namespace Lint.Cli.Reporting;

/// <summary>A plain JSON list of findings for scripts and CMS hooks: 1-based lines and columns, UTF-16 offsets, fixes.</summary>
public sealed class JsonReporter : IReporter
{
    public void Write(LintResult result, Stream output)
    {
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" };
        using var json = new Utf8JsonWriter(output, options);
        json.WriteStartObject();
        json.WriteStartArray("findings");
        foreach (var diagnostic in result.Diagnostics)
        {
            var location = diagnostic.Location;
            json.WriteStartObject();
            json.WriteString("path", location.Path);
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

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("errors");
        foreach (var error in result.RuleErrors.Select(e => e.ToString()).Concat(result.InputErrors.Select(e => e.ToString())).Concat(result.Failures))
        {
            json.WriteStringValue(error);
        }

        json.WriteEndArray();
        json.WriteString("summary", Summary.Describe(result));
        json.WriteEndObject();
        json.Flush();
        output.WriteByte((byte)'\n');
    }
}
