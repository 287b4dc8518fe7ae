using System.Text.Json.Nodes;
using Lint.Cli.Input;
using Lint.Cli.Reporting;
using Lint.Cli.Running;
using Lint.Diagnostics;
using Lint.Rules.Loading;
using Lint.Text;
using NJsonSchema;

namespace Lint.Cli.Tests.Reporting;

/// <summary>GitHub code scanning keeps 5,000 results of a run; the cap is tested here with a limit of 3.</summary>
public class SarifCapTests
{
    private static readonly DiagnosticDescriptor Rule = new("House.Word", "t", "d", Severity.Warning);

    private static LintResult Result()
    {
        var text = new SourceText("one two three four five six\n");
        Diagnostic Finding(string path, int start, Severity severity)
        {
            var span = new TextSpan(start, 3);
            return new Diagnostic(Rule, severity, new Location(path, span, text.GetLinePositionSpan(span)), $"{severity} at {start}");
        }

        ArticleResult[] articles =
        [
            new("a.txt", text, [Finding("a.txt", 0, Severity.Suggestion), Finding("a.txt", 4, Severity.Error), Finding("a.txt", 8, Severity.Warning)]),
            new("b.txt", text, [Finding("b.txt", 0, Severity.Warning), Finding("b.txt", 4, Severity.Error)]),
        ];
        return new LintResult(articles, [Rule], Array.Empty<RuleError>(), Array.Empty<InputError>(), Array.Empty<string>());
    }

    private static JsonNode Write(SarifReporter reporter)
    {
        using var output = new MemoryStream();
        reporter.Write(Result(), output);
        return JsonNode.Parse(output.ToArray())!;
    }

    [Fact]
    public void Past_the_cap_the_most_severe_results_are_kept_in_file_order_and_a_notification_counts_the_rest()
    {
        var run = Write(new SarifReporter(maxResults: 3))["runs"]![0]!;

        var kept = run["results"]!.AsArray().Select(r => (string)r!["message"]!["text"]!).ToArray();
        Assert.Equal(["Error at 4", "Warning at 8", "Error at 4"], kept);
        Assert.Equal("a.txt", (string?)run["results"]![0]!["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]);
        var note = run["invocations"]![0]!["toolExecutionNotifications"]![0]!;
        Assert.Equal("warning", (string?)note["level"]);
        Assert.StartsWith("2 less severe results were left out", (string?)note["message"]!["text"], StringComparison.Ordinal);
        Assert.Equal(2, (int)run["properties"]!["omittedResults"]!);
    }

    [Fact]
    public void Under_the_cap_nothing_is_left_out_or_noted()
    {
        var run = Write(new SarifReporter(maxResults: 5))["runs"]![0]!;

        Assert.Equal(5, run["results"]!.AsArray().Count);
        Assert.Null(run["invocations"]![0]!["toolExecutionNotifications"]);
        Assert.Null(run["properties"]);
    }

    [Fact]
    public void The_cap_changes_no_fingerprint_of_a_kept_result()
    {
        static Dictionary<string, string> Fingerprints(JsonNode sarif) => sarif["runs"]![0]!["results"]!.AsArray().ToDictionary(
            r => $"{r!["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]}:{r["message"]!["text"]}",
            r => (string)r!["partialFingerprints"]!["primaryLocationLineHash"]!);

        var all = Fingerprints(Write(new SarifReporter()));
        var capped = Fingerprints(Write(new SarifReporter(maxResults: 3)));

        Assert.All(capped, pair => Assert.Equal(all[pair.Key], pair.Value));
    }

    [Fact]
    public async Task Capped_sarif_is_valid_sarif_2_1_0()
    {
        var schema = await JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "Schemata", "sarif-2.1.0.json"));

        var errors = schema.Validate(Write(new SarifReporter(maxResults: 3)).ToJsonString());

        Assert.Empty(errors.Select(e => $"{e.Path}: {e.Kind}"));
    }
}
