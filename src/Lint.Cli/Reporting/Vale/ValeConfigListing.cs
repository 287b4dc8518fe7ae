using System.Text.Encodings.Web;
using System.Text.Json;
using Lint.Workspace.Reporting;
using Lint.Workspace.Vale;

namespace Lint.Cli.Reporting.Vale;

/// <summary>
/// <c>lint vale ls-config</c>: the configuration in use as JSON, with the names Vale's <c>ls-config</c> uses for
/// the same settings (the files read, StylesPath, MinAlertLevel as 0-2, vocabularies, packages, scopes,
/// formats, the styles of <c>[*]</c> and of each section, and the rule settings of each).
/// </summary>
public static class ValeConfigListing
{
    public static void Write(Stream output, ValeConfig vale, IReadOnlyList<string> files)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" });
        json.WriteStartObject();
        Strings(json, "ConfigFiles", files);
        json.WriteString("StylesPath", vale.StylesPath);
        json.WriteNumber("MinAlertLevel", vale.MinAlertLevel is { } level ? (int)level - 1 : 0);
        Strings(json, "Vocab", vale.Vocab.Select(v => v.Value));
        Strings(json, "Packages", vale.Packages.Select(p => p.Value));
        Strings(json, "IgnoredScopes", vale.IgnoredScopes);
        Strings(json, "SkippedScopes", vale.SkippedScopes);
        json.WriteStartObject("Formats");
        foreach (var (extension, format) in vale.Formats)
        {
            json.WriteString(extension, format);
        }

        json.WriteEndObject();
        Strings(json, "GBaseStyles", vale.Sections.Where(s => s.IsGlobal).SelectMany(s => s.BasedOnStyles ?? []).Select(s => s.Value));
        json.WriteStartObject("SBaseStyles");
        foreach (var section in vale.Sections.Where(s => !s.IsGlobal && s.BasedOnStyles is not null))
        {
            Strings(json, section.Glob.Pattern, section.BasedOnStyles!.Select(s => s.Value));
        }

        json.WriteEndObject();
        json.WriteStartObject("Checks");
        foreach (var section in vale.Sections.Where(s => s.Rules.Count > 0))
        {
            json.WriteStartObject(section.Glob.Pattern);
            foreach (var rule in section.Rules)
            {
                json.WriteString(rule.Rule.Value, rule.Level is { } l ? Levels.Text(l) : rule.On ? "YES" : "NO");
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
        json.Flush();
        output.WriteByte((byte)'\n');
    }

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
