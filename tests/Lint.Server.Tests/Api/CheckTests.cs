using System.Text;
using Lint.Server.Tests.Harness;

namespace Lint.Server.Tests.Api;

/// <summary>POST /api/v1/check: the findings a CMS hook gets, in each way it may send a story and ask for the answer.</summary>
public sealed class CheckTests : IClassFixture<LintServerFactory>
{
    private readonly HttpClient _client;

    public CheckTests(LintServerFactory factory) => _client = factory.CreateClient();

    [Fact]
    public async Task A_json_story_gets_each_finding_with_its_UTF16_span_line_column_and_fix()
    {
        // An astral character (two UTF-16 code units) and a CRLF before the finding on line 2.
        const string text = "😀 A first line.\r\nThe mayor said the the plan would pass.\r\n";
        var response = await Harness.Api.Json(await Harness.Api.CheckJson(_client, text));

        var repeated = response.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("rule").GetString() == "Newsroom.RepeatedWords");
        var offset = text.IndexOf("the the", StringComparison.Ordinal);
        Assert.Equal(offset, repeated.GetProperty("offset").GetInt32());
        Assert.Equal(7, repeated.GetProperty("length").GetInt32());
        Assert.Equal(2, repeated.GetProperty("line").GetInt32());
        Assert.Equal(offset - text.IndexOf("The mayor", StringComparison.Ordinal) + 1, repeated.GetProperty("column").GetInt32());
        Assert.Equal("error", repeated.GetProperty("severity").GetString());
        var edit = repeated.GetProperty("fix").GetProperty("edits")[0];
        var fixedText = text.Remove(edit.GetProperty("offset").GetInt32(), edit.GetProperty("length").GetInt32()).Insert(edit.GetProperty("offset").GetInt32(), edit.GetProperty("text").GetString()!);
        Assert.Contains("said the plan", fixedText, StringComparison.Ordinal);
        Assert.Equal(1, response.GetProperty("errors").GetInt32());
    }

    [Theory]
    [InlineData("text/markdown", "markdown")]
    [InlineData("text/html", "html")]
    [InlineData("text/plain", "text")]
    public async Task A_raw_body_is_read_in_the_format_its_media_type_names(string mediaType, string format)
    {
        var story = format == "html" ? "<p>The the mayor spoke.</p><pre>the the</pre>" : "The the mayor spoke.\n\n    the the\n";
        var raw = await Harness.Api.Json(await Harness.Api.PostRaw(_client, "/api/v1/check", story, mediaType));
        var json = await Harness.Api.Json(await Harness.Api.CheckJson(_client, story, format));

        Assert.Equal(format, raw.GetProperty("format").GetString());
        Assert.Equal(Harness.Api.Findings(json), Harness.Api.Findings(raw));
        var repeated = Harness.Api.Findings(raw).Count(f => f.StartsWith("Newsroom.RepeatedWords", StringComparison.Ordinal));
        Assert.Equal(format == "text" ? 2 : 1, repeated); // code (an indented block, <pre>) is not prose in Markdown and HTML
    }

    [Fact]
    public async Task Asking_for_SARIF_gets_a_SARIF_log_of_the_same_findings()
    {
        const string story = "The the mayor spoke.";
        var response = await Harness.Api.PostRaw(_client, "/api/v1/check", story, "text/plain", "application/sarif+json");
        Assert.Equal("application/sarif+json", response.Content.Headers.ContentType?.MediaType);
        using var sarif = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        var run = sarif.RootElement.GetProperty("runs")[0];
        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        var result = run.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "Newsroom.RepeatedWords");
        var region = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal(0, region.GetProperty("charOffset").GetInt32());
        Assert.Equal(7, region.GetProperty("charLength").GetInt32());
        Assert.Contains(run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray(), r => r.GetProperty("id").GetString() == "Newsroom.RepeatedWords");
    }

    [Fact]
    public async Task Rules_switched_off_for_one_request_report_nothing_and_an_unknown_name_is_bad_input()
    {
        const string story = "The the mayor spoke on the Web site.";
        var all = Harness.Api.Findings(await Harness.Api.Json(await Harness.Api.CheckJson(_client, story)));
        var off = Harness.Api.Findings(await Harness.Api.Json(await Harness.Api.CheckJson(_client, story, extra: new { disable = new[] { "Newsroom.RepeatedWords" } })));
        var raw = Harness.Api.Findings(await Harness.Api.Json(await Harness.Api.PostRaw(_client, "/api/v1/check?disable=Newsroom", story, "text/plain")));

        Assert.Contains(all, f => f.StartsWith("Newsroom.RepeatedWords", StringComparison.Ordinal));
        Assert.Equal(all.Where(f => !f.StartsWith("Newsroom.RepeatedWords", StringComparison.Ordinal)), off);
        Assert.Empty(raw); // a whole style
        var problem = await Harness.Api.Problem(await Harness.Api.CheckJson(_client, story, extra: new { disable = new[] { "Newsroom.NoSuchRule" } }), 400);
        Assert.Contains("'Newsroom.NoSuchRule'", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_input_gets_a_400_problem_that_says_what_is_wrong()
    {
        var format = await Harness.Api.Problem(await Harness.Api.CheckJson(_client, "Text.", "docx"), 400);
        Assert.Contains("Unknown format 'docx'", format.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var utf8 = await Harness.Api.Problem(await Harness.Api.PostRaw(_client, "/api/v1/check", [(byte)'a', (byte)'b', 0xC3, (byte)'(', (byte)'x'], "text/plain"), 400);
        Assert.Contains("not valid UTF-8 (at byte 3)", utf8.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var json = await Harness.Api.Problem(await Harness.Api.PostRaw(_client, "/api/v1/check", "{\"text\": \"unterminated", "application/json"), 400);
        Assert.Contains("not valid JSON", json.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var missing = await Harness.Api.Problem(await Harness.Api.PostRaw(_client, "/api/v1/check", "{\"format\": \"text\"}", "application/json"), 400);
        Assert.Contains("no 'text'", missing.GetProperty("detail").GetString(), StringComparison.Ordinal);

        await Harness.Api.Problem(await Harness.Api.PostRaw(_client, "/api/v1/check", "%PDF-1.7", "application/pdf"), 415);
    }

    [Fact]
    public async Task Markup_nested_past_the_parser_limit_is_refused_with_the_place_not_a_crash()
    {
        var page = new StringBuilder();
        page.Insert(0, "<div>", 600).Append("The the end.");
        var problem = await Harness.Api.Problem(await Harness.Api.PostRaw(_client, "/api/v1/check", page.ToString(), "text/html"), 400);
        Assert.Matches("^Line 1, column [0-9]+: ", problem.GetProperty("detail").GetString());
    }
}
