using System.Text;
using System.Text.Json.Nodes;

namespace Lint.Cli.Tests;

public class CheckCommandTests
{
    private const string Typo = "Chinese materials are filing critical gaps, Liu Pengyu said.\n";

    [Fact]
    public void Findings_below_the_fail_level_exit_0_and_at_it_exit_1()
    {
        using var folder = new TempFolder();
        folder.Write("story.txt", Typo);

        Assert.Equal(0, LintProcess.RunIn(folder.Path, null, "check", "story.txt").ExitCode);
        Assert.Equal(1, LintProcess.RunIn(folder.Path, null, "check", "story.txt", "--fail-level", "warning").ExitCode);
        Assert.Equal(0, LintProcess.RunIn(folder.Path, null, "check", "story.txt", "--fail-level", "none").ExitCode);
    }

    [Fact]
    public void A_story_with_no_date_in_its_head_is_read_on_the_run_day_that_lint_today_sets()
    {
        using var folder = new TempFolder();
        folder.Write("fair.txt", "The county fair opens Wednesday, March 10, and runs for a week.\n");

        var in2026 = LintProcess.RunWith(folder.Path, null, new Dictionary<string, string> { ["LINT_TODAY"] = "2026-02-01" }, "check", "fair.txt", "--fail-level", "none");
        var in2027 = LintProcess.RunWith(folder.Path, null, new Dictionary<string, string> { ["LINT_TODAY"] = "2027-02-01" }, "check", "fair.txt", "--fail-level", "none");

        Assert.Contains("March 10, 2026 is a Tuesday", in2026.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("WeekdayDate", in2027.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_run_day_that_is_no_date_is_refused_with_exit_2()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "The board met.\n");

        var result = LintProcess.RunWith(folder.Path, null, new Dictionary<string, string> { ["LINT_TODAY"] = "next tuesday" }, "check", "a.txt");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("LINT_TODAY is 'next tuesday'", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void The_text_format_shows_place_rule_message_line_caret_and_a_summary()
    {
        using var folder = new TempFolder();
        folder.Write("story.txt", Typo);

        var result = LintProcess.RunIn(folder.Path, null, "check", "story.txt");

        Assert.Equal(
            "story.txt:1:23: warning: Did you mean 'filling'? 'filing' is a real word, but not the one this context needs. [Newsroom.ContextTypos]\n" +
            "    Chinese materials are filing critical gaps, Liu Pengyu said.\n" +
            "                          ^^^^^^\n" +
            "1 warning in 1 article.\n",
            result.Stdout);
    }

    [Theory]
    [InlineData("check", "--format", "xml", "seeds")]
    [InlineData("check", "--no-such-option", "seeds")]
    [InlineData("check")]
    [InlineData("frobnicate")]
    public void Usage_errors_exit_2(params string[] args)
    {
        var result = LintProcess.Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_any_rule_nothing_is_linted_and_the_exit_code_is_2()
    {
        var result = LintProcess.Run("check", "seeds", "--no-default-rules");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no rule could be loaded", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_rule_file_is_reported_at_file_line_column_and_the_other_rules_still_run()
    {
        using var folder = new TempFolder();
        folder.Write("house/House/Broken.yml", "extends: existence\nmessage: m\ntokens:\n  - '(unclosed'\n");
        folder.Write("house/House/Fine.yml", "extends: existence\nmessage: \"Avoid '%s'.\"\nlevel: error\ntokens: [scapegoating]\n");
        folder.Write("story.txt", "We urge the side to refrain from scapegoating, he said.\n");

        var result = LintProcess.RunIn(folder.Path, null, "check", "story.txt", "--rules", "house", "--no-default-rules");

        Assert.Equal(2, result.ExitCode); // the other rules ran, but a broken rule file must not pass a CI step
        Assert.StartsWith("house/House/Broken.yml:4:", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("not a valid regular expression", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("error: Avoid 'scapegoating'. [House.Fine]", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Binary_missing_and_non_utf8_inputs_are_named_and_the_rest_is_linted()
    {
        using var folder = new TempFolder();
        folder.Write("a-binary.txt", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]);
        folder.Write("b-latin1.txt", [0x43, 0x61, 0x66, 0xE9, 0x20, 0x6F, 0x6B]);
        folder.Write("c-story.txt", Typo);

        var result = LintProcess.RunIn(folder.Path, null, "check", ".", "missing.txt");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("a-binary.txt: looks like a binary file (a NUL byte at byte 5)", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("b-latin1.txt: is not valid UTF-8 (at byte 4)", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("missing.txt: No such file or directory.", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("c-story.txt:1:23", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void An_article_on_standard_input_is_linted_as_stdin()
    {
        var result = LintProcess.RunIn(RepositoryRoot.Path, Encoding.UTF8.GetBytes(Typo), "check", "-", "--format", "json");

        var finding = JsonNode.Parse(result.Stdout)!["findings"]![0]!;
        Assert.Equal("stdin", (string?)finding["path"]);
        Assert.Equal(22, (int)finding["offset"]!);
        Assert.Equal("filling", (string?)finding["fix"]!["edits"]![0]!["text"]);
    }

    [Fact]
    public void Bom_crlf_cjk_and_emoji_before_a_finding_keep_exact_positions()
    {
        using var folder = new TempFolder();
        var text = "Headline 習近平\r\n\r\nXi 🙂 said materials are filing critical gaps, he said.\r\n";
        folder.Write("story.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)]);

        var sarif = JsonNode.Parse(LintProcess.RunIn(folder.Path, null, "check", "story.txt", "--format", "sarif").Stdout)!;

        var region = sarif["runs"]![0]!["results"]![0]!["locations"]![0]!["physicalLocation"]!["region"]!;
        var offset = text.IndexOf("filing", StringComparison.Ordinal);
        Assert.Equal(3, (int)region["startLine"]!);
        Assert.Equal(offset - text.IndexOf("Xi", StringComparison.Ordinal) + 1, (int)region["startColumn"]!);
        Assert.Equal(26, (int)region["startColumn"]!); // "Xi " 3 + emoji 2 + " said materials are " 20, then 1-based.
        Assert.Equal(offset, (int)region["charOffset"]!);
        Assert.Equal(6, (int)region["charLength"]!);
    }

    [Fact]
    public void Output_goes_to_the_file_named_and_not_to_standard_output()
    {
        using var folder = new TempFolder();
        folder.Write("story.txt", Typo);

        var result = LintProcess.RunIn(folder.Path, null, "check", "story.txt", "--format", "sarif", "--output", "out/../report.sarif");

        Assert.Equal(string.Empty, result.Stdout);
        Assert.Contains("\"ruleId\": \"Newsroom.ContextTypos\"", File.ReadAllText(Path.Combine(folder.Path, "report.sarif")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_github_format_writes_one_escaped_workflow_command_per_finding()
    {
        using var folder = new TempFolder();
        folder.Write("a,b.txt", Typo);

        var result = LintProcess.RunIn(folder.Path, null, "check", "a,b.txt", "--format", "github");

        Assert.StartsWith(
            "::warning file=a%2Cb.txt,line=1,endLine=1,col=23,endColumn=29,title=Newsroom.ContextTypos::Did you mean 'filling'?",
            result.Stdout,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Sarif_results_carry_their_fix_as_an_artifact_change()
    {
        using var folder = new TempFolder();
        folder.Write("story.txt", Typo);

        var sarif = JsonNode.Parse(LintProcess.RunIn(folder.Path, null, "check", "story.txt", "--format", "sarif").Stdout)!;

        var fix = sarif["runs"]![0]!["results"]![0]!["fixes"]![0]!;
        Assert.Equal("Replace with 'filling'", (string?)fix["description"]!["text"]);
        var change = fix["artifactChanges"]![0]!;
        Assert.Equal("story.txt", (string?)change["artifactLocation"]!["uri"]);
        var replacement = change["replacements"]![0]!;
        Assert.Equal((22, 6, 1, 23, 29), ((int)replacement["deletedRegion"]!["charOffset"]!, (int)replacement["deletedRegion"]!["charLength"]!,
            (int)replacement["deletedRegion"]!["startLine"]!, (int)replacement["deletedRegion"]!["startColumn"]!, (int)replacement["deletedRegion"]!["endColumn"]!));
        Assert.Equal("filling", (string?)replacement["insertedContent"]!["text"]);
    }

    [Fact]
    public void Json_findings_carry_their_fix_with_a_title_and_edits()
    {
        using var folder = new TempFolder();
        folder.Write("story.txt", "The the officials said so.\n");

        var finding = JsonNode.Parse(LintProcess.RunIn(folder.Path, null, "check", "story.txt", "--format", "json").Stdout)!["findings"]![0]!;

        Assert.Equal("Newsroom.RepeatedWords", (string?)finding["rule"]);
        Assert.NotNull((string?)finding["fix"]!["title"]);
        var edit = finding["fix"]!["edits"]![0]!;
        Assert.Equal(string.Empty, (string?)edit["text"]);
        Assert.Equal("The officials said so.\n", "The the officials said so.\n".Remove((int)edit["offset"]!, (int)edit["length"]!));
    }

    [Fact]
    public void Articles_are_reported_in_the_order_of_their_paths_as_shown_and_a_corpus_finding_reaches_an_earlier_one()
    {
        using var folder = new TempFolder();
        folder.Write("desk/a.txt", Typo + "The scanner was made by IRay Technology.\n");
        foreach (var name in new[] { "b", "c", "d" })
        {
            folder.Write($"wire/{name}.txt", Typo + "The scanner was made by iRay Technology.\n");
        }

        // From desk/, wire's stories are shown as ../wire/...: they sort before a.txt, though their full paths sort after it.
        var result = LintProcess.RunIn(Path.Combine(folder.Path, "desk"), null, "check", ".", "../wire", "--format", "json");

        var json = JsonNode.Parse(result.Stdout)!;
        var findings = json["findings"]!.AsArray();
        var paths = findings.Select(f => (string)f!["path"]!).Distinct().ToList();
        Assert.Equal(["../wire/b.txt", "../wire/c.txt", "../wire/d.txt", "a.txt"], paths);
        Assert.Equal("a.txt", (string?)Assert.Single(findings, f => (string?)f!["rule"] == "Newsroom.NameVariants")!["path"]);
        Assert.EndsWith("in 4 articles.", (string?)json["summary"], StringComparison.Ordinal);
    }
}
