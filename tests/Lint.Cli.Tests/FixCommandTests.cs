using System.Diagnostics;
using System.Runtime.Versioning;
using System.Text;
using System.Text.Json.Nodes;

namespace Lint.Cli.Tests;

[UnsupportedOSPlatform("windows")]
public class FixCommandTests
{
    private const string SeedsSummary = @"Fixed \d+ findings in 5 articles\.( \d+ findings left for an editor; lint check lists them\.)?\n$";

    private static string[] Seeds(TempFolder folder) =>
        Directory.GetFiles(Path.Combine(folder.Path, "seeds")).Select(f => "seeds/" + Path.GetFileName(f)).Order(StringComparer.Ordinal).ToArray();

    /// <summary>The spans of every fix <c>lint check</c> offers, by file, merged where they touch.</summary>
    private static Dictionary<string, List<(int Start, int End)>> FixSpans(string folder)
    {
        var findings = JsonNode.Parse(LintProcess.RunIn(folder, null, "check", "seeds", "--format", "json").Stdout)!["findings"]!.AsArray();
        var spans = new Dictionary<string, List<(int Start, int End)>>();
        foreach (var finding in findings.Where(f => f!["fix"] is not null))
        {
            var list = spans.TryGetValue((string)finding!["path"]!, out var found) ? found : spans[(string)finding["path"]!] = [];
            list.AddRange(finding["fix"]!["edits"]!.AsArray().Select(e => ((int)e!["offset"]!, (int)e["offset"]! + (int)e["length"]!)));
        }

        foreach (var list in spans.Values)
        {
            list.Sort();
            for (var i = list.Count - 1; i > 0; i--)
            {
                if (list[i].Start <= list[i - 1].End)
                {
                    list[i - 1] = (list[i - 1].Start, Math.Max(list[i].End, list[i - 1].End));
                    list.RemoveAt(i);
                }
            }
        }

        return spans;
    }

    /// <summary>True when <paramref name="after"/> is <paramref name="before"/> with only the given spans replaced: every byte outside them is there, unchanged and in order.</summary>
    private static bool OnlySpansChanged(string before, byte[] after, List<(int Start, int End)> spans)
    {
        var outside = new List<byte[]>();
        var position = 0;
        foreach (var (start, end) in spans)
        {
            outside.Add(Encoding.UTF8.GetBytes(before[position..start]));
            position = end;
        }

        outside.Add(Encoding.UTF8.GetBytes(before[position..]));
        var rest = after.AsSpan();
        if (outside.Count == 1)
        {
            return rest.SequenceEqual(outside[0]);
        }

        if (rest.Length < outside[0].Length + outside[^1].Length || !rest.StartsWith(outside[0]) || !rest.EndsWith(outside[^1]))
        {
            return false;
        }

        rest = rest[outside[0].Length..^outside[^1].Length];
        foreach (var segment in outside.Skip(1).SkipLast(1))
        {
            var at = rest.IndexOf(segment);
            if (at < 0)
            {
                return false;
            }

            rest = rest[(at + segment.Length)..];
        }

        return true;
    }

    [Fact]
    public void Fix_on_the_seeds_changes_only_the_fixed_spans_and_a_second_run_changes_nothing()
    {
        using var folder = new TempFolder();
        folder.CopyFromRepository("seeds");
        var before = Seeds(folder).ToDictionary(p => p, folder.Read);
        var spans = FixSpans(folder.Path);

        var first = LintProcess.RunIn(folder.Path, null, "fix", "seeds", "--include-editorial");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(string.Empty, first.Stderr);
        Assert.Matches(SeedsSummary, first.Stdout);
        foreach (var (path, original) in before)
        {
            var after = folder.Read(path);
            Assert.NotEqual(original, after);
            Assert.True(OnlySpansChanged(Encoding.UTF8.GetString(original), after, spans[path]), $"{path} changed outside its fixes.");
        }

        var check = JsonNode.Parse(LintProcess.RunIn(folder.Path, null, "check", "seeds", "--format", "json").Stdout)!;
        Assert.DoesNotContain(check["findings"]!.AsArray(), f => f!["fix"] is not null);

        var fixedOnce = Seeds(folder).ToDictionary(p => p, folder.Read);
        var second = LintProcess.RunIn(folder.Path, null, "fix", "seeds", "--include-editorial");

        Assert.Equal(0, second.ExitCode);
        Assert.StartsWith("Nothing to fix in 5 articles.", second.Stdout, StringComparison.Ordinal);
        Assert.All(fixedOnce, pair => Assert.Equal(pair.Value, folder.Read(pair.Key)));
    }

    [Fact]
    public void Dry_run_prints_a_diff_that_git_applies_to_give_what_fix_writes_and_changes_nothing()
    {
        using var dry = new TempFolder();
        using var real = new TempFolder();
        dry.CopyFromRepository("seeds");
        real.CopyFromRepository("seeds");
        var before = Seeds(dry).ToDictionary(p => p, dry.Read);

        var preview = LintProcess.RunIn(dry.Path, null, "fix", "seeds", "--dry-run", "--include-editorial");
        LintProcess.RunIn(real.Path, null, "fix", "seeds", "--include-editorial");

        Assert.Equal(0, preview.ExitCode);
        Assert.Matches(@"^Would fix \d+ findings in 5 articles\.", preview.Stderr);
        Assert.StartsWith("--- a/seeds/000_dffde5fba3ff9e75.txt\n+++ b/seeds/000_dffde5fba3ff9e75.txt\n@@ ", preview.Stdout, StringComparison.Ordinal);
        Assert.All(before, pair => Assert.Equal(pair.Value, dry.Read(pair.Key)));

        File.WriteAllBytes(Path.Combine(dry.Path, "fix.patch"), preview.StdoutBytes);
        var apply = Process.Start(new ProcessStartInfo("git", ["apply", "-p1", "fix.patch"]) { WorkingDirectory = dry.Path })!;
        apply.WaitForExit();
        Assert.Equal(0, apply.ExitCode);
        Assert.All(before.Keys, path => Assert.Equal(real.Read(path), dry.Read(path)));
    }

    [Fact]
    public void Only_mechanical_fixes_are_applied_and_findings_without_one_are_left_for_an_editor()
    {
        using var folder = new TempFolder();
        folder.Write("house/House/Avoid.yml", "extends: existence\nmessage: \"Avoid '%s'.\"\nlevel: error\ntokens: [scapegoating]\n");
        folder.Write("house/House/Colour.yml", "extends: substitution\nmessage: \"Use '%s'.\"\nfixlevel: safe\nswap:\n  colour: color\n");
        folder.Write("story.txt", "The colour of scapegoating, he said.\n");

        var result = LintProcess.RunIn(folder.Path, null, "fix", "story.txt", "--rules", "house", "--no-default-rules");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("story.txt: fixed 1 finding.\nFixed 1 finding in 1 article. 1 finding left for an editor; lint check lists them.\n", result.Stdout);
        Assert.Equal("The color of scapegoating, he said.\n", Encoding.UTF8.GetString(folder.Read("story.txt")));
    }

    [Fact]
    public void Rule_limits_the_fixes_to_the_rules_named()
    {
        using var folder = new TempFolder();
        folder.CopyFromRepository("seeds");

        var result = LintProcess.RunIn(folder.Path, null, "fix", "seeds", "--rule", "Newsroom.ContextTypos", "--rule", "Newsroom.Compounds");

        Assert.Equal(0, result.ExitCode);
        Assert.EndsWith("Fixed 3 findings in 2 articles.\n", result.Stdout, StringComparison.Ordinal);
        var story = Encoding.UTF8.GetString(folder.Read("seeds/000_dffde5fba3ff9e75.txt"));
        Assert.Contains("are filling critical gaps", story, StringComparison.Ordinal);
        Assert.Contains("on a faster timeline", story, StringComparison.Ordinal);
        Assert.Contains("senior US officials", story, StringComparison.Ordinal); // Newsroom.NameVariants was not asked for
    }

    [Fact]
    public void A_consistency_fix_keeps_the_number_of_what_it_replaces()
    {
        using var folder = new TempFolder();
        folder.Write("story.txt", "The adviser spoke first, and another adviser agreed.\n\nTwo advisors were not asked.\n");

        var result = LintProcess.RunIn(folder.Path, null, "fix", "story.txt", "--rule", "Newsroom.Spellings");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("The adviser spoke first, and another adviser agreed.\n\nTwo advisers were not asked.\n", Encoding.UTF8.GetString(folder.Read("story.txt")));
    }

    [Fact]
    public void A_rule_shipped_off_is_fixed_only_when_rule_names_it()
    {
        using var folder = new TempFolder();
        folder.Write("story.txt", "Sales rose 5 percent in March, the company said.\n");

        var plain = LintProcess.RunIn(folder.Path, null, "fix", "story.txt");
        var before = Encoding.UTF8.GetString(folder.Read("story.txt"));
        var named = LintProcess.RunIn(folder.Path, null, "fix", "story.txt", "--rule", "AP.Percent");

        Assert.Equal((0, 0), (plain.ExitCode, named.ExitCode));
        Assert.Equal("Sales rose 5 percent in March, the company said.\n", before);
        Assert.Equal("Sales rose 5% in March, the company said.\n", Encoding.UTF8.GetString(folder.Read("story.txt")));
    }

    [Fact]
    public void A_byte_order_mark_crlf_line_breaks_and_permissions_are_kept()
    {
        using var folder = new TempFolder();
        var text = "Headline 習近平\r\n\r\nXi 🙂 said materials are filing critical gaps.\r\nThe the end.\r\n";
        var path = folder.Write("story.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)]);
        var mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead;
        File.SetUnixFileMode(path, mode);
        folder.Write("wide.txt", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Filing the gaps.\r\n")]);

        var result = LintProcess.RunIn(folder.Path, null, "fix", ".");

        Assert.Equal(0, result.ExitCode);
        var expected = "Headline 習近平\r\n\r\nXi 🙂 said materials are filling critical gaps.\r\nThe end.\r\n";
        Assert.Equal([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(expected)], folder.Read("story.txt"));
        Assert.Equal(mode, File.GetUnixFileMode(path));
        Assert.Equal([0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Filling the gaps.\r\n")], folder.Read("wide.txt"));
        Assert.Equal(["story.txt", "wide.txt"], Directory.GetFiles(folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_read_only_article_is_reported_left_alone_and_the_exit_code_is_2()
    {
        using var folder = new TempFolder();
        var path = folder.Write("story.txt", "Materials are filing critical gaps.\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead);

        var result = LintProcess.RunIn(folder.Path, null, "fix", "story.txt");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("error: story.txt is read-only; left as it was.\n", result.Stderr);
        Assert.Equal("Materials are filing critical gaps.\n", Encoding.UTF8.GetString(folder.Read("story.txt")));
    }

    [Theory]
    [InlineData("fix")]
    [InlineData("fix", "-")]
    [InlineData("fix", "no-such-story.txt")]
    [InlineData("fix", "seeds", "--rule", "Newsroom.NoSuchRule")]
    public void Usage_and_input_errors_exit_2_and_change_nothing(params string[] args)
    {
        using var folder = new TempFolder();
        folder.CopyFromRepository("seeds");
        var before = Seeds(folder).ToDictionary(p => p, folder.Read);

        var result = LintProcess.RunIn(folder.Path, null, args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error", result.Stderr, StringComparison.Ordinal);
        Assert.All(before, pair => Assert.Equal(pair.Value, folder.Read(pair.Key)));
    }
}
