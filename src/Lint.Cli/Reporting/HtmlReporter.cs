using System.Text;
using System.Text.Json;
using Lint.Workspace.Findings;

namespace Lint.Cli.Reporting;

/// <summary>
/// <c>--format html</c>: one self-contained page (no network, no other files) for a CI artifact, the same
/// view as <c>lint serve</c>'s page: each article with its findings highlighted in place, the list beside
/// it, filterable by rule and severity, with each rule's explanation. The page's own CSS and scripts are
/// embedded in the executable and inlined; the findings are a JSON object the script reads
/// (<c>window.LINT_REPORT</c>). Articles are held until the end, since the page is written in one piece.
/// </summary>
public sealed class HtmlReporter : IReporter
{
    private Stream? _output;
    private ReportStart? _start;
    private MemoryStream _articles = new();
    private Utf8JsonWriter? _json;

    public void Begin(Stream output, ReportStart start)
    {
        _output = output;
        _start = start;
        _articles = new MemoryStream();
        _json = new Utf8JsonWriter(_articles); // the default encoder escapes '<', so no "</script>" can end the data early
        _json.WriteStartArray();
    }

    public void Article(ArticleResult article)
    {
        var json = _json ?? throw new InvalidOperationException("Begin was not called.");
        json.WriteStartObject();
        json.WriteString("path", article.Path);
        json.WriteString("format", FormatOf(article.Path));
        json.WriteString("text", article.Text.Content);
        json.WriteStartArray("findings");
        foreach (var diagnostic in article.Diagnostics)
        {
            json.WriteStartObject();
            JsonReporter.WriteFinding(json, diagnostic);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    public void End(ReportEnd end)
    {
        var articles = _json ?? throw new InvalidOperationException("Begin was not called.");
        articles.WriteEndArray();
        articles.Flush();
        var page = Asset("index.html")
            .Replace("<title>Lint: the copy desk's check</title>", "<title>Lint report</title>", StringComparison.Ordinal)
            .Replace("<link rel=\"stylesheet\" href=\"lint.css\">", $"<style>\n{Asset("lint.css")}</style>", StringComparison.Ordinal)
            .Replace("<script src=\"lint-render.js\"></script>", $"<script>window.LINT_REPORT = {Data(end)};</script>\n<script>\n{Asset("lint-render.js")}</script>", StringComparison.Ordinal)
            .Replace("<script src=\"lint-page.js\"></script>", $"<script>\n{Asset("lint-page.js")}</script>", StringComparison.Ordinal);
        _output!.Write(new UTF8Encoding(false).GetBytes(page));
        articles.Dispose();
        _json = null;
    }

    /// <summary>What the page shows: the articles, the rules (for their explanations) and the run's problems.</summary>
    private string Data(ReportEnd end)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WritePropertyName("articles");
            json.WriteRawValue(_articles.ToArray(), skipInputValidation: true);
            json.WriteStartArray("rules");
            foreach (var rule in _start!.Rules)
            {
                json.WriteStartObject();
                json.WriteString("id", rule.Id);
                json.WriteString("style", rule.Category);
                json.WriteString("level", Levels.Text(rule.DefaultSeverity));
                json.WriteString("description", rule.Description);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("problems");
            foreach (var problem in end.Problems)
            {
                json.WriteStringValue(problem);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".md" or ".markdown" => "markdown",
        ".html" or ".htm" => "html",
        _ => "text",
    };

    private static string Asset(string name)
    {
        using var stream = typeof(HtmlReporter).Assembly.GetManifestResourceStream("Lint.Cli.Report." + name)
            ?? throw new InvalidOperationException($"The report's {name} is not embedded in this build.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
