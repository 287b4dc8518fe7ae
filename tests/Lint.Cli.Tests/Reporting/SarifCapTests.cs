using System.Text.Json.Nodes;
using Lint.Cli.Reporting;
using Lint.Cli.Running;
using Lint.Diagnostics;
using Lint.Rules.Loading;
using Lint.Text;
using Lint.Workspace.Findings;
using Lint.Workspace.Input;
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
        return new LintResult(articles, [Rule], Array.Empty<RuleError>(), Array.Empty<InputError>());
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
    public void Streamed_over_many_articles_the_cap_keeps_what_sorting_them_all_would_keep()
    {
        var random = new Random(7);
        var text = new SourceText(string.Concat(Enumerable.Repeat("one two three four five six\n", 4)));
        var articles = Enumerable.Range(0, 400).Select(a =>
        {
            var path = $"story{a:000}.txt";
            var findings = Enumerable.Range(0, random.Next(0, 6)).Select(f =>
            {
                var span = new TextSpan(f * 4, 3);
                var severity = (Severity)random.Next(1, 4);
                return new Diagnostic(Rule, severity, new Location(path, span, text.GetLinePositionSpan(span)), $"{path} {f} {severity}");
            }).ToList();
            return new ArticleResult(path, text, findings);
        }).ToList();
        var all = articles.SelectMany(a => a.All).ToList();
        var expected = all.OrderByDescending(d => d.Severity).Take(50).OrderBy(all.IndexOf).Select(d => d.Message).ToList();

        using var output = new MemoryStream();
        var reporter = new SarifReporter(maxResults: 50);
        reporter.Begin(output, new ReportStart([Rule], false));
        foreach (var article in articles)
        {
            reporter.Article(article);
        }

        reporter.End(new ReportEnd([], [], RunTally.Of(articles)));
        var run = JsonNode.Parse(output.ToArray())!["runs"]![0]!;

        Assert.Equal(expected, run["results"]!.AsArray().Select(r => (string)r!["message"]!["text"]!));
        Assert.Equal(all.Count - 50, (int)run["properties"]!["omittedResults"]!);
        Assert.Contains(expected, m => m.EndsWith("Error", StringComparison.Ordinal));
        Assert.DoesNotContain(expected, m => m.EndsWith("Suggestion", StringComparison.Ordinal));
    }

    [Fact]
    public void Most_severe_keeps_the_first_among_equals_and_makes_only_what_it_keeps()
    {
        var kept = new MostSevere<string>(3);
        var made = new List<string>();
        void Offer(Severity severity, string name) => kept.Offer(severity, () =>
        {
            made.Add(name);
            return name;
        });

        Offer(Severity.Warning, "w1");
        Offer(Severity.Suggestion, "s1");
        Offer(Severity.Warning, "w2");
        Offer(Severity.Error, "e1");   // pushes out s1
        Offer(Severity.Warning, "w3"); // as severe as the least kept, but later: not made
        Offer(Severity.Suggestion, "s2");
        Offer(Severity.Error, "e2");   // pushes out w2, the later of the two warnings

        Assert.Equal(["w1", "e1", "e2"], kept.InOrder());
        Assert.Equal(["w1", "s1", "w2", "e1", "e2"], made);
        Assert.Equal(4, kept.Omitted);
    }

    [Fact]
    public async Task Capped_sarif_is_valid_sarif_2_1_0()
    {
        var schema = await JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "Schemata", "sarif-2.1.0.json"));

        var errors = schema.Validate(Write(new SarifReporter(maxResults: 3)).ToJsonString());

        Assert.Empty(errors.Select(e => $"{e.Path}: {e.Kind}"));
    }
}
