using System.Text.Json;
using Lint.Diagnostics;
using Lint.Workspace.Findings;

namespace Lint.Workspace.Reporting;

/// <summary>
/// One SARIF result, rendered while its article's text is at hand (regions, snippet, fingerprint, fix), so
/// that it can be written after the article is gone: SARIF writes its results last, after the count of
/// those left out.
/// </summary>
public sealed record SarifResult(
    string RuleId,
    int? RuleIndex,
    Severity Severity,
    string Message,
    string Path,
    SarifRegion Region,
    string Fingerprint,
    bool Suppressed,
    string? BaselineState,
    string? FixTitle,
    IReadOnlyList<(SarifRegion Deleted, string Inserted)> Replacements)
{
    /// <summary>The result for <paramref name="diagnostic"/>; <paramref name="hasBaseline"/> adds its baseline state.</summary>
    public static SarifResult Of(ArticleResult article, Diagnostic diagnostic, string fingerprint, int? ruleIndex, bool hasBaseline) => new(
        diagnostic.Id,
        ruleIndex,
        diagnostic.Severity,
        diagnostic.Message,
        article.Path,
        SarifRegion.Of(article.Text, diagnostic.Location.Span, snippet: true),
        fingerprint,
        diagnostic.IsSuppressed,
        hasBaseline ? (article.Baselined.Contains(diagnostic) ? "unchanged" : "new") : null,
        diagnostic.Fix?.Title,
        diagnostic.Fix is { } fix ? [.. fix.Edits.Select(e => (SarifRegion.Of(article.Text, e.Span, snippet: false), e.NewText))] : []);

    public void Write(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", RuleId);
        if (RuleIndex is { } index)
        {
            json.WriteNumber("ruleIndex", index);
        }

        json.WriteString("level", Levels.Sarif(Severity));
        SarifJson.Message(json, "message", Message);
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        SarifJson.ArtifactLocation(json, Path);
        json.WriteStartObject("region");
        Region.WriteBody(json);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartObject("partialFingerprints");
        json.WriteString("primaryLocationLineHash", Fingerprint);
        json.WriteEndObject();
        WriteStates(json);
        if (FixTitle is not null)
        {
            WriteFix(json, FixTitle);
        }

        json.WriteEndObject();
    }

    /// <summary>A finding a lint comment suppressed is kept, as Roslyn keeps it, with an in-source suppression; with a baseline, each result is new or unchanged.</summary>
    private void WriteStates(Utf8JsonWriter json)
    {
        if (Suppressed)
        {
            json.WriteStartArray("suppressions");
            json.WriteStartObject();
            json.WriteString("kind", "inSource");
            json.WriteEndObject();
            json.WriteEndArray();
        }

        if (BaselineState is not null)
        {
            json.WriteString("baselineState", BaselineState);
        }
    }

    private void WriteFix(Utf8JsonWriter json, string title)
    {
        json.WriteStartArray("fixes");
        json.WriteStartObject();
        SarifJson.Message(json, "description", title);
        json.WriteStartArray("artifactChanges");
        json.WriteStartObject();
        SarifJson.ArtifactLocation(json, Path);
        json.WriteStartArray("replacements");
        foreach (var (deleted, inserted) in Replacements)
        {
            json.WriteStartObject();
            json.WritePropertyName("deletedRegion");
            json.WriteStartObject();
            deleted.WriteBody(json);
            json.WriteEndObject();
            json.WriteStartObject("insertedContent");
            json.WriteString("text", inserted);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
    }
}
