namespace Lint.Cli.Tests;

/// <summary>How <c>lint check</c> and <c>lint init</c> treat <c>.lint.yaml</c> files, run as the real executable.</summary>
public class ConfigCommandTests
{
    private const string Story = "Chinese materials are filing critical gaps, officials said.\n";

    [Fact]
    public void A_bad_config_is_reported_at_file_line_and_column_and_nothing_is_linted()
    {
        using var folder = new TempFolder();
        folder.Write(".lint.yaml", "severity:\n  Newsroom.ContextTypos: loud\ncolour: red\nfail-level: maybe\noverrides:\n  - disable: [Newsroom]\n");
        folder.Write("story.md", Story);

        var result = LintProcess.RunIn(folder.Path, null, "check", ".");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal(
            [
                ".lint.yaml:2:26: error: The severity of 'Newsroom.ContextTypos' must be error, warning or suggestion, not 'loud'.",
                ".lint.yaml:3:1: error: Unknown key 'colour' in a config file.",
                ".lint.yaml:4:13: error: 'fail-level' must be error, warning, suggestion or none, not 'maybe'.",
                ".lint.yaml:6:5: error: An override needs 'files': the globs of the files it applies to.",
            ],
            result.Stderr.TrimEnd('\n').Split('\n').Select(l => l.Contains("Known keys", StringComparison.Ordinal) ? l[..(l.IndexOf(" Known keys", StringComparison.Ordinal))] : l));
    }

    [Fact]
    public void A_rule_the_config_names_that_does_not_exist_is_a_located_error()
    {
        using var folder = new TempFolder();
        folder.Write(".lint.yaml", "disable:\n  - Newsroom.ContextTypo\n");
        folder.Write("story.md", Story);

        var result = LintProcess.RunIn(folder.Path, null, "check", "story.md");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith(".lint.yaml:2:5: error: 'Newsroom.ContextTypo' is not a loaded rule or style", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void The_config_is_found_from_the_article_not_from_the_working_directory()
    {
        using var folder = new TempFolder();
        folder.Write("desk/.lint.yaml", "disable: [Newsroom]\n");
        folder.Write("desk/story.md", Story);
        folder.Write("other/story.md", Story);

        var result = LintProcess.RunIn(Path.Combine(folder.Path, "other"), null, "check", "../desk/story.md", "story.md");

        Assert.DoesNotContain("desk/story.md", result.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^story\.md:1:23: warning: .*\[Newsroom\.ContextTypos\]$", result.Stdout);
    }

    [Fact]
    public void Levels_from_the_config_and_the_command_line_separate_what_is_shown_from_what_fails()
    {
        using var folder = new TempFolder();
        folder.Write(".lint.yaml", "fail-level: warning\nmin-level: error\n");
        folder.Write("story.txt", Story);

        var configured = LintProcess.RunIn(folder.Path, null, "check", "story.txt");
        var shown = LintProcess.RunIn(folder.Path, null, "check", "story.txt", "--min-level", "suggestion");
        var failing = LintProcess.RunIn(folder.Path, null, "check", "story.txt", "--min-level", "suggestion", "--fail-level", "error");

        Assert.Equal((0, "No findings in 1 article.\n"), (configured.ExitCode, configured.Stdout));
        Assert.Equal(1, shown.ExitCode);
        Assert.Matches(@"(?m)warning: .*\[Newsroom\.ContextTypos\]$", shown.Stdout);
        Assert.Equal(0, failing.ExitCode);
        Assert.Matches(@"(?m)warning: .*\[Newsroom\.ContextTypos\]$", failing.Stdout);
    }

    [Fact]
    public void Lint_init_writes_a_starter_config_that_loads_and_refuses_to_overwrite_it()
    {
        using var folder = new TempFolder();
        folder.Write("story.txt", Story);

        var first = LintProcess.RunIn(folder.Path, null, "init");
        var second = LintProcess.RunIn(folder.Path, null, "init");
        var check = LintProcess.RunIn(folder.Path, null, "check", "story.txt");

        Assert.Equal(0, first.ExitCode);
        Assert.StartsWith("# Lint configuration.", File.ReadAllText(Path.Combine(folder.Path, ".lint.yaml")), StringComparison.Ordinal);
        Assert.Equal(2, second.ExitCode);
        Assert.Contains("already exists", second.Stderr, StringComparison.Ordinal);
        Assert.Equal((0, string.Empty), (check.ExitCode, check.Stderr));
        Assert.Contains("Newsroom.ContextTypos", check.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Standard_input_takes_its_format_from_ext()
    {
        var markdown = "Run `filing critical gaps` now.\n\n" + Story;

        var result = LintProcess.RunIn(RepositoryRoot.Path, System.Text.Encoding.UTF8.GetBytes(markdown), "check", "-", "--ext", "md");
        var unknown = LintProcess.RunIn(RepositoryRoot.Path, [], "check", "-", "--ext", ".docx");

        Assert.Equal("stdin:3:23", result.Stdout[..10]);
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("--ext .docx is not a format Lint reads", unknown.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_shipped_off_runs_only_when_the_config_enables_it_or_its_style()
    {
        const string rule = "extends: existence\nmessage: \"Write '%s' with a sign.\"\nenabled: false\nlevel: warning\ntokens: [percent]\n"
            + "examples:\n  - \"Up 5 [|percent|].\"\n  - \"Up 5%.\"\n";
        using var folder = new TempFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, ".git")); // one repository: its desks share the house rules
        folder.Write("house/Strict/Percent.yml", rule);
        folder.Write("off/.lint.yaml", "rules: [../house]\n");
        folder.Write("off/story.txt", "Sales rose 5 percent, the company said.\n");
        folder.Write("style/.lint.yaml", "rules: [../house]\nenable: [Strict]\n");
        folder.Write("style/story.txt", "Sales rose 5 percent, the company said.\n");
        folder.Write("rule/.lint.yaml", "rules: [../house]\nenable: [Strict.Percent]\n");
        folder.Write("rule/story.txt", "Sales rose 5 percent, the company said.\n");

        var result = LintProcess.RunIn(folder.Path, null, "check", "off", "style", "rule", "--no-default-rules");

        Assert.Equal(string.Empty, result.Stderr);
        Assert.DoesNotContain("off/story.txt", result.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^style/story\.txt:1:14: warning: .*\[Strict\.Percent\]$", result.Stdout);
        Assert.Matches(@"(?m)^rule/story\.txt:1:14: warning: .*\[Strict\.Percent\]$", result.Stdout);
    }

    [Fact]
    public void The_AP_style_of_the_default_pack_is_off_until_a_config_enables_it()
    {
        const string story = "Turnout rose to 62 percent this year from 58 percent in 2021, the clerk said.\n";
        using var folder = new TempFolder();
        folder.Write("house/story.txt", story);
        folder.Write("ap/.lint.yaml", "enable: [AP]\n");
        folder.Write("ap/story.txt", story);

        var result = LintProcess.RunIn(folder.Path, null, "check", "house", "ap");

        Assert.Equal(string.Empty, result.Stderr);
        Assert.DoesNotContain("house/story.txt", result.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^ap/story\.txt:1:19: warning: .*\[AP\.Percent\]$", result.Stdout);
    }
}
