using System.Text.Encodings.Web;
using System.Text.Json;
using Lint.Diagnostics;
using Lint.Workspace.Findings;
using Lint.Workspace.Input;

namespace Lint.Workspace.Reporting;

/// <summary>
/// SARIF 2.1.0: every rule as a reportingDescriptor, every finding as a result with a relative uri, a
/// UTF-16 region (1-based lines and columns, offsets and lengths), a line-hash fingerprint and its fix.
/// Findings suppressed by a lint comment or recorded in the baseline are kept, marked (<c>suppressions</c>,
/// <c>baselineState</c>). Rule-file errors become tool configuration notifications. GitHub code scanning
/// keeps at most 5,000 results of a run, so past <c>maxResults</c> the most severe are kept (then the first
/// by file and offset) and a tool execution notification says how many were left out. That count comes
/// before the results in the file, so the results kept are rendered as their articles pass (a bounded
/// selection, not the run) and the whole log is written at the end.
/// </summary>
public sealed class SarifReporter(int maxResults = SarifReporter.MaxResults) : IReporter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
    public const string InformationUri = "https://github.com/lint-newsroom/lint";
    public const int MaxResults = 5000;

    /// <summary>Written out whenever this much is pending, so the writer's buffer stays small.</summary>
    private const int FlushBytes = 64 * 1024;

    private Stream? _output;
    private ReportStart? _start;
    private Dictionary<string, int> _ruleIndex = [];
    private MostSevere<SarifResult> _kept = new(maxResults);

    public void Begin(Stream output, ReportStart start)
    {
        _output = output;
        _start = start;
        _ruleIndex = start.Rules.Select((r, i) => (r.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        _kept = new MostSevere<SarifResult>(maxResults);
    }

    public void Article(ArticleResult article)
    {
        var start = _start ?? throw new InvalidOperationException("Begin was not called.");
        var fingerprints = article.Fingerprints; // counted for every finding, so a cap never shifts them
        for (var i = 0; i < article.All.Count; i++)
        {
            var (diagnostic, fingerprint) = (article.All[i], fingerprints[i]);
            int? ruleIndex = _ruleIndex.TryGetValue(diagnostic.Id, out var index) ? index : null;
            _kept.Offer(diagnostic.Severity, () => SarifResult.Of(article, diagnostic, fingerprint, ruleIndex, start.HasBaseline));
        }
    }

    public void End(ReportEnd end)
    {
        var start = _start ?? throw new InvalidOperationException("Begin was not called.");
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" };
        using var json = new Utf8JsonWriter(_output!, options);
        json.WriteStartObject();
        json.WriteString("$schema", SchemaUri);
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();
        var omitted = _kept.Omitted;
        WriteTool(json, start.Rules);
        WriteInvocation(json, end, omitted);
        json.WriteString("columnKind", "utf16CodeUnits");
        json.WriteStartArray("results");
        foreach (var result in _kept.InOrder())
        {
            result.Write(json);
            if (json.BytesPending >= FlushBytes)
            {
                json.Flush();
            }
        }

        json.WriteEndArray();
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
        _output!.WriteByte((byte)'\n');
    }

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
            SarifJson.Message(json, "shortDescription", rule.Title);
            SarifJson.Message(json, "fullDescription", rule.Description.Length > 0 ? rule.Description : rule.Title);
            SarifJson.Message(json, "help", rule.HelpLink is null ? rule.Description : $"{rule.Description} See {rule.HelpLink}");
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

    private void WriteInvocation(Utf8JsonWriter json, ReportEnd end, long omitted)
    {
        json.WriteStartArray("invocations");
        json.WriteStartObject();
        json.WriteBoolean("executionSuccessful", end.Failure is null);
        if (omitted > 0 || end.Failure is not null)
        {
            json.WriteStartArray("toolExecutionNotifications");
            if (omitted > 0)
            {
                json.WriteStartObject();
                json.WriteString("level", "warning");
                SarifJson.Message(json, "message", $"{omitted} less severe results were left out: GitHub code scanning keeps at most {maxResults} results of a run, so the {maxResults} most severe were kept.");
                json.WriteEndObject();
            }

            if (end.Failure is not null)
            {
                json.WriteStartObject();
                json.WriteString("level", "error");
                SarifJson.Message(json, "message", end.Failure);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        var notes = end.RuleErrors.Select(e => (e.Message, (string?)e.Path, e.Line, e.Column))
            .Concat(end.InputErrors.Select(e => (e.Message, (string?)e.Path, 0, 0)))
            .ToList();
        if (notes.Count > 0)
        {
            json.WriteStartArray("toolConfigurationNotifications");
            foreach (var (message, path, line, column) in notes)
            {
                json.WriteStartObject();
                json.WriteString("level", "error");
                SarifJson.Message(json, "message", message);
                if (path is not null)
                {
                    json.WriteStartArray("locations");
                    json.WriteStartObject();
                    json.WriteStartObject("physicalLocation");
                    SarifJson.ArtifactLocation(json, path);
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
}
