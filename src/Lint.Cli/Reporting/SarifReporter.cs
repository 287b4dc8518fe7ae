using System.Text.Encodings.Web;
using System.Text.Json;
using Lint.Cli.Running;
using Lint.Diagnostics;
using Lint.Text;

namespace Lint.Cli.Reporting;

/// <summary>
/// SARIF 2.1.0, written as a stream: every rule as a reportingDescriptor, every finding as a result with
/// a relative uri, a UTF-16 region (1-based lines and columns, offsets and lengths), a line-hash
/// fingerprint and its fix. Findings suppressed by a lint comment or recorded in the baseline are kept,
/// marked (<c>suppressions</c>, <c>baselineState</c>). Rule-file errors become tool configuration
/// notifications. GitHub code scanning keeps at most 5,000 results of a run, so past <c>maxResults</c> the
/// most severe are kept (then the first by file and offset) and a tool execution notification says how
/// many were left out.
/// </summary>
public sealed class SarifReporter(int maxResults = SarifReporter.MaxResults) : IReporter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
    public const string InformationUri = "https://github.com/lint-newsroom/lint";
    public const int MaxResults = 5000;

    public void Write(LintResult result, Stream output)
    {
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" };
        using var json = new Utf8JsonWriter(output, options);
        json.WriteStartObject();
        json.WriteString("$schema", SchemaUri);
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();
        var all = result.Articles.SelectMany(a => a.All).ToList();
        var kept = Keep(all);
        var omitted = all.Count - kept.Count;
        WriteTool(json, result.Rules);
        WriteInvocation(json, result, omitted);
        json.WriteString("columnKind", "utf16CodeUnits");
        WriteResults(json, result, kept);
        if (omitted > 0)
        {
            json.WriteStartObject("properties");
            json.WriteNumber("omittedResults", omitted);
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        output.WriteByte((byte)'\n');
    }

    /// <summary>The findings written: all of them, or the <c>maxResults</c> most severe (first by file and offset among equals).</summary>
    private HashSet<Diagnostic> Keep(List<Diagnostic> diagnostics) =>
        new(diagnostics.Count <= maxResults ? diagnostics : diagnostics.OrderByDescending(d => d.Severity).Take(maxResults), ReferenceEqualityComparer.Instance);

    private static void WriteTool(Utf8JsonWriter json, IReadOnlyList<DiagnosticDescriptor> rules)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "Lint");
        json.WriteString("version", ToolVersion.Value);
        json.WriteString("semanticVersion", ToolVersion.Value);
        json.WriteString("informationUri", InformationUri);
        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("name", rule.Id.Replace(".", string.Empty, StringComparison.Ordinal));
            Message(json, "shortDescription", rule.Title);
            Message(json, "fullDescription", rule.Description.Length > 0 ? rule.Description : rule.Title);
            Message(json, "help", rule.HelpLink is null ? rule.Description : $"{rule.Description} See {rule.HelpLink}");
            if (rule.HelpLink is not null)
            {
                json.WriteString("helpUri", rule.HelpLink);
            }

            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Levels.Sarif(rule.DefaultSeverity));
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteStartArray("tags");
            json.WriteStringValue(rule.Category);
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private void WriteInvocation(Utf8JsonWriter json, LintResult result, int omitted)
    {
        json.WriteStartArray("invocations");
        json.WriteStartObject();
        json.WriteBoolean("executionSuccessful", true);
        if (omitted > 0)
        {
            json.WriteStartArray("toolExecutionNotifications");
            json.WriteStartObject();
            json.WriteString("level", "warning");
            Message(json, "message", $"{omitted} less severe results were left out: GitHub code scanning keeps at most {maxResults} results of a run, so the {maxResults} most severe were kept.");
            json.WriteEndObject();
            json.WriteEndArray();
        }

        var notes = result.RuleErrors.Select(e => (e.Message, (string?)e.Path, e.Line, e.Column))
            .Concat(result.InputErrors.Select(e => (e.Message, (string?)e.Path, 0, 0)))
            .Concat(result.Failures.Select(f => (f, (string?)null, 0, 0)))
            .ToList();
        if (notes.Count > 0)
        {
            json.WriteStartArray("toolConfigurationNotifications");
            foreach (var (message, path, line, column) in notes)
            {
                json.WriteStartObject();
                json.WriteString("level", "error");
                Message(json, "message", message);
                if (path is not null)
                {
                    json.WriteStartArray("locations");
                    json.WriteStartObject();
                    json.WriteStartObject("physicalLocation");
                    ArtifactLocation(json, path);
                    if (line > 0)
                    {
                        json.WriteStartObject("region");
                        json.WriteNumber("startLine", line);
                        json.WriteNumber("startColumn", column);
                        json.WriteEndObject();
                    }

                    json.WriteEndObject();
                    json.WriteEndObject();
                    json.WriteEndArray();
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void WriteResults(Utf8JsonWriter json, LintResult result, HashSet<Diagnostic> kept)
    {
        var ruleIndex = result.Rules.Select((r, i) => (r.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        json.WriteStartArray("results");
        foreach (var article in result.Articles)
        {
            var hashes = new LineHash();
            foreach (var diagnostic in article.All)
            {
                var fingerprint = hashes.Next(article.Text, diagnostic); // counted for every finding, so a cap never shifts them
                if (!kept.Contains(diagnostic))
                {
                    continue;
                }

                json.WriteStartObject();
                json.WriteString("ruleId", diagnostic.Id);
                if (ruleIndex.TryGetValue(diagnostic.Id, out var index))
                {
                    json.WriteNumber("ruleIndex", index);
                }

                json.WriteString("level", Levels.Sarif(diagnostic.Severity));
                Message(json, "message", diagnostic.Message);
                json.WriteStartArray("locations");
                json.WriteStartObject();
                json.WriteStartObject("physicalLocation");
                ArtifactLocation(json, article.Path);
                Region(json, article.Text, diagnostic.Location.Span, snippet: true);
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteStartObject("partialFingerprints");
                json.WriteString("primaryLocationLineHash", fingerprint);
                json.WriteEndObject();
                WriteStates(json, result, article, diagnostic);
                if (diagnostic.Fix is { } fix)
                {
                    WriteFix(json, article, fix);
                }

                json.WriteEndObject();
            }
        }

        json.WriteEndArray();
    }

    /// <summary>A finding a lint comment suppressed is kept, as Roslyn keeps it, with an in-source suppression; with a baseline, each result is new or unchanged.</summary>
    private static void WriteStates(Utf8JsonWriter json, LintResult result, ArticleResult article, Diagnostic diagnostic)
    {
        if (diagnostic.IsSuppressed)
        {
            json.WriteStartArray("suppressions");
            json.WriteStartObject();
            json.WriteString("kind", "inSource");
            json.WriteEndObject();
            json.WriteEndArray();
        }

        if (result.HasBaseline)
        {
            json.WriteString("baselineState", article.Baselined.Contains(diagnostic) ? "unchanged" : "new");
        }
    }

    private static void WriteFix(Utf8JsonWriter json, ArticleResult article, Fix fix)
    {
        json.WriteStartArray("fixes");
        json.WriteStartObject();
        Message(json, "description", fix.Title);
        json.WriteStartArray("artifactChanges");
        json.WriteStartObject();
        ArtifactLocation(json, article.Path);
        json.WriteStartArray("replacements");
        foreach (var edit in fix.Edits)
        {
            json.WriteStartObject();
            json.WritePropertyName("deletedRegion");
            json.WriteStartObject();
            RegionBody(json, article.Text, edit.Span, snippet: false);
            json.WriteEndObject();
            json.WriteStartObject("insertedContent");
            json.WriteString("text", edit.NewText);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void Region(Utf8JsonWriter json, SourceText text, TextSpan span, bool snippet)
    {
        json.WriteStartObject("region");
        RegionBody(json, text, span, snippet);
        json.WriteEndObject();
    }

    private static void RegionBody(Utf8JsonWriter json, SourceText text, TextSpan span, bool snippet)
    {
        var lines = text.GetLinePositionSpan(span);
        json.WriteNumber("startLine", lines.Start.Line + 1);
        json.WriteNumber("startColumn", lines.Start.Character + 1);
        json.WriteNumber("endLine", lines.End.Line + 1);
        json.WriteNumber("endColumn", lines.End.Character + 1);
        json.WriteNumber("charOffset", span.Start);
        json.WriteNumber("charLength", span.Length);
        if (snippet)
        {
            json.WriteStartObject("snippet");
            json.WriteString("text", text.ToString(span));
            json.WriteEndObject();
        }
    }

    private static void ArtifactLocation(Utf8JsonWriter json, string path)
    {
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", Uri.EscapeDataString(path).Replace("%2F", "/", StringComparison.Ordinal));
        json.WriteEndObject();
    }

    private static void Message(Utf8JsonWriter json, string name, string text)
    {
        json.WriteStartObject(name);
        json.WriteString("text", text);
        json.WriteEndObject();
    }
}
